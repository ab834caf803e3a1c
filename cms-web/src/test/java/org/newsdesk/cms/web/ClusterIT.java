package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro instances on PostgreSQL, started by the repository's own
 * {@code scripts/local-cluster} on loopback ports with a cluster name of their own, used the way
 * a newsroom uses them behind a load balancer: publish on A and B shows it on the next request; a
 * story scheduled while both run goes out once; when A dies, B goes on serving and publishing, and
 * the editor who signed in on A is still signed in on B.
 *
 * <p>Runs in the postgres profile (.ci/run), after the container suites. Everything is bounded:
 * the instances must be ready within 240 s, and every wait in a test has a deadline.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration PROMISED = Duration.ofSeconds(5);
    /** A second, as promised, and half a second for a busy machine running two servers and the test. */
    private static final Duration SEARCH_PROMISED = Duration.ofMillis(1_500);
    private static final ZoneId NEWSROOM = ZoneId.of("America/New_York");

    private static final Path CLUSTER_DIR = Path.of("target", "cluster-it").toAbsolutePath();
    private static final String UNIQUE = UUID.randomUUID().toString().substring(0, 8);

    private static LocalCluster cluster;
    private static String a;
    private static String b;
    /** The editor, signed in on A, their browser's cookies kept wherever it is sent. */
    private static EditorsDesk desk;
    private static long sectionId;
    private static long authorId;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LocalCluster.start(CLUSTER_DIR, "newsdesk-it-" + UNIQUE);
        a = cluster.base("a");
        b = cluster.base("b");

        desk = EditorsDesk.signIn(a, ADMIN, ADMIN_PASSWORD);
        sectionId = desk.section("Harbour", "harbour-" + UNIQUE);
        authorId = desk.author("Ada Reporter " + UNIQUE, "ada-" + UNIQUE, "");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aStoryPublishedOnAIsOnBOnTheNextRequest() {
        Browser reader = new Browser(b);
        // B renders the home page and the front into the shared cache before the story exists
        for (int i = 0; i < 2; i++) {
            assertThat(reader.get("/").statusCode()).isEqualTo(200);
            assertThat(reader.get("/harbour-" + UNIQUE + "/").statusCode()).isEqualTo(200);
        }
        String headline = "Ferry strike ends " + UNIQUE;
        long id = desk.draft(headline, sectionId, authorId);

        desk.act(id, "publish", Map.of());
        Instant published = Instant.now();
        // B's own search index learns of A's publish at once from the notice every publish sends
        // (and from the database four times a second); searched first, so that the time is the
        // search's, not that of B rendering the home page in between
        String search = "/search?q=" + java.net.URLEncoder.encode("ferry strike " + UNIQUE, java.nio.charset.StandardCharsets.UTF_8);
        boolean found = Waiting.until(published.plus(SEARCH_PROMISED), () -> reader.get(search).body().contains(">" + headline + "</a></h3>"));
        Instant foundAt = Instant.now();
        String home = reader.get("/").body();
        Instant fresh = Instant.now();
        assertThat(found).as("found by a search on B within %s of the publish on A", SEARCH_PROMISED).isTrue();
        System.out.printf("Published on A, found by a search on B: %d ms after A answered the publish%n",
                Duration.between(published, foundAt).toMillis());

        assertThat(home).as("B's home page on the next request").contains(headline);
        assertThat(reader.get("/harbour-" + UNIQUE + "/").body()).as("B's section front").contains(headline);
        String path = desk.publicPath(id);
        HttpResponse<String> page = reader.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>" + headline + "</h1>");
        System.out.printf("Published on A, fresh on B's next request: %d ms after A answered the publish%n",
                Duration.between(published, fresh).toMillis());
    }

    /** Curated fronts: a front published on A, and the breaking-news banner set and taken down on A, reach B's next request. */
    @Test
    @Order(2)
    void aFrontPublishedAndABannerSetOnAAreOnBOnTheNextRequest() {
        long main = desk.draft("Harbour dredging approved " + UNIQUE, sectionId, authorId);
        desk.act(main, "publish", Map.of());
        long brief = desk.draft("Tide tables printed " + UNIQUE, sectionId, authorId);
        desk.act(brief, "publish", Map.of());
        Browser reader = new Browser(b);
        String front = "/harbour-" + UNIQUE + "/";
        for (int i = 0; i < 2; i++) {
            assertThat(Jsoup.parse(reader.get(front).body()).select("#lead-heading").text()).isEqualTo("Tide tables printed " + UNIQUE);
        }
        Browser editor = desk.browser();
        String key = "/admin/fronts/section-" + sectionId;
        String screen = editor.get(key).body();
        Map<String, String> place = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        place.putAll(Map.of("version", Jsoup.parse(screen).select("form[action$=/publish] input[name=version]").attr("value"),
                "article", String.valueOf(main), "position", "0", "q", ""));
        assertThat(editor.post(key + "/place", place).statusCode()).isEqualTo(303);
        screen = editor.get(key).body();
        Map<String, String> publish = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        publish.put("version", Jsoup.parse(screen).select("form[action$=/publish] input[name=version]").attr("value"));
        assertThat(editor.post(key + "/publish", publish).statusCode()).isEqualTo(303);

        assertThat(Jsoup.parse(reader.get(front).body()).select("#lead-heading").text()).as("B's front on the next request")
                .isEqualTo("Harbour dredging approved " + UNIQUE);

        String text = "Harbour closed to shipping " + UNIQUE;
        Map<String, String> banner = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        banner.putAll(Map.of("version", "", "text", text, "link", "", "expires", ""));
        assertThat(reader.get("/").body()).doesNotContain(text);
        assertThat(editor.post("/admin/fronts/banner", banner).statusCode()).isEqualTo(303);
        assertThat(reader.get("/").body()).as("the banner on B's home page").contains(text);
        assertThat(reader.get(front).body()).as("and B's section front").contains(text);
        assertThat(editor.post("/admin/fronts/banner/take-down", Browser.csrfFieldOf(screen)).statusCode()).isEqualTo(303);
        assertThat(reader.get("/").body()).as("taken down on A, gone from B").doesNotContain(text);
    }

    @Test
    @Order(3)
    void underReaderLoadOnBothAPublishOnEitherIsOnEveryInstanceOnTheNextRequest() throws Exception {
        String front = "/harbour-" + UNIQUE + "/";
        // readers on both instances all the while: every hit comes from each instance's own memory,
        // and the publishes below must still reach it before they return
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong served = new AtomicLong();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            Browser reader = new Browser(i % 2 == 0 ? a : b);
            String path = i % 4 < 2 ? "/" : front;
            readers.submit(() -> {
                while (reading.get()) {
                    int status = reader.get(path).statusCode();
                    served.incrementAndGet();
                    if (status != 200) {
                        failures.add(reader.base() + path + ": " + status);
                    }
                }
            });
        }
        try {
            Thread.sleep(1_000);
            for (int round = 1; round <= 4; round++) {
                // publishes alternate between the instances: each must reach the other
                desk.moveTo(round % 2 == 1 ? a : b);
                String headline = "Pilot boat round " + round + " " + UNIQUE;
                long id = desk.draft(headline, sectionId, authorId);
                desk.act(id, "publish", Map.of());
                for (String instance : List.of(a, b)) {
                    Browser next = new Browser(instance);
                    assertThat(next.get("/").body()).as("home on %s right after publish %d", instance, round).contains(headline);
                    assertThat(next.get(front).body()).as("front on %s right after publish %d", instance, round).contains(headline);
                }
            }
        } finally {
            desk.moveTo(a);
            reading.set(false);
            readers.shutdown();
            readers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(failures).as("readers' answers during the publishes").isEmpty();
        System.out.printf("Four publishes, each on the next request of both instances, with %d pages served meanwhile%n",
                served.get());
    }

    @Test
    @Order(4)
    void aStoryScheduledWhileBothRunGoesOutOnceWithinFiveSeconds() throws Exception {
        String headline = "Harbour lights switched on " + UNIQUE;
        long id = desk.draft(headline, sectionId, authorId);
        int revisionsBefore = latestRevisionNumber(id);
        double publishedBefore = scheduledPublicationsCounted(a) + scheduledPublicationsCounted(b);
        Instant goesLive = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(8);
        desk.act(id, "schedule", Map.of("scheduledAt", localInput(goesLive)));
        String path = "/harbour-" + UNIQUE + "/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").format(goesLive.atZone(NEWSROOM))
                + "/harbour-lights-switched-on-" + UNIQUE;
        Browser readerA = new Browser(a);
        Browser readerB = new Browser(b);
        assertThat(readerB.get(path).statusCode()).as("not out before its time").isEqualTo(404);

        assertThat(Waiting.until(goesLive.plus(PROMISED).plusSeconds(10),
                () -> readerA.get(path).statusCode() == 200 && readerB.get(path).statusCode() == 200))
                .as("live on both").isTrue();
        Instant seen = Instant.now();

        assertThat(seen).as("live on both within 5 s of its time").isBeforeOrEqualTo(goesLive.plus(PROMISED));
        try (Connection db = database()) {
            List<String> records = rows(db, "SELECT outcome || ' ' || late_by_ms || ' ' || instance FROM scheduled_publication "
                    + "WHERE article_id = ?", id);
            assertThat(records).as("one record of the publication").hasSize(1);
            assertThat(records.get(0)).startsWith("PUBLISHED ");
            assertThat(rows(db, "SELECT a.status || ' ' || r.revision_number || ' ' || a.latest_revision_number FROM article a "
                    + "JOIN revision r ON r.id = a.live_revision_id WHERE a.id = ?", id))
                    .as("published once, its draft live, no revision added")
                    .containsExactly("PUBLISHED " + revisionsBefore + " " + revisionsBefore);
            System.out.printf("Scheduled publication with two instances: %s (outcome, ms late, instance); "
                    + "seen live on both %d ms after its time%n", records.get(0), Duration.between(goesLive, seen).toMillis());
        }
        // the line is written once the publish call returns, after the eviction readers saw: give it a moment
        Waiting.until(Instant.now().plusSeconds(10), () -> publicationsLoggedOrNone(id) > 0);
        assertThat(publicationsLogged(id)).as("one publication announced, by one instance").isEqualTo(1);
        assertThat(scheduledPublicationsCounted(a) + scheduledPublicationsCounted(b) - publishedBefore)
                .as("newsdesk_scheduled_publications_total, both instances together").isEqualTo(1.0);
        assertThat(readerB.get(path).body()).contains(
                "<time datetime=\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(goesLive.atZone(NEWSROOM)) + "\">");
    }

    /** Curated fronts: a front scheduled while both instances poll goes live once, on both. */
    @Test
    @Order(3)
    void aFrontScheduledWhileBothRunGoesLiveOnceOnBoth() throws Exception {
        String headline = "Harbour festival opens " + UNIQUE;
        long story = desk.draft(headline, sectionId, authorId);
        desk.act(story, "publish", Map.of());
        Browser editor = desk.browser();
        String key = "/admin/fronts/section-" + sectionId;
        String screen = editor.get(key).body();
        Map<String, String> place = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        place.putAll(Map.of("version", Jsoup.parse(screen).select("form[action$=/publish] input[name=version]").attr("value"),
                "article", String.valueOf(story), "position", "0", "q", ""));
        assertThat(editor.post(key + "/place", place).statusCode()).isEqualTo(303);
        screen = editor.get(key).body();
        Instant goesLive = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(8);
        Map<String, String> schedule = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        schedule.putAll(Map.of("version", Jsoup.parse(screen).select("form[action$=/schedule] input[name=version]").attr("value"),
                "at", localInput(goesLive)));
        assertThat(editor.post(key + "/schedule", schedule).statusCode()).isEqualTo(303);

        String front = "/harbour-" + UNIQUE + "/";
        Browser readerA = new Browser(a);
        Browser readerB = new Browser(b);
        assertThat(Jsoup.parse(readerB.get(front).body()).select("#lead-heading").text()).as("not before its time")
                .isNotEqualTo(headline);
        assertThat(Waiting.until(goesLive.plus(PROMISED).plusSeconds(10),
                () -> headline.equals(Jsoup.parse(readerA.get(front).body()).select("#lead-heading").text())
                        && headline.equals(Jsoup.parse(readerB.get(front).body()).select("#lead-heading").text())))
                .as("the scheduled lead on both").isTrue();
        assertThat(Instant.now()).as("within 5 s of its time").isBeforeOrEqualTo(goesLive.plus(PROMISED));
        // a few more looks of both pollers: still once
        Waiting.until(Instant.now().plusSeconds(3), () -> false);
        try (Connection db = database()) {
            assertThat(rows(db, "SELECT e.detail FROM audit_entry e JOIN front f ON f.id = e.subject_id "
                    + "WHERE e.subject_kind = 'FRONT' AND e.action = 'FRONT_PUBLISHED' AND e.detail LIKE '%scheduled by%' "
                    + "AND f.section_id = ?", sectionId))
                    .as("published by the schedule once, by one instance").hasSize(1);
        }
    }

    @Test
    @Order(5)
    void aWebhookOfAPublishIsDeliveredOnceByOneOfTheTwoInstances() throws Exception {
        java.util.concurrent.BlockingQueue<String> eventIds = new java.util.concurrent.LinkedBlockingQueue<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            eventIds.add(exchange.getRequestHeaders().getFirst("Newsdesk-Event-Id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String webhook = null;
        try {
            Map<String, String> form = Browser.csrfFieldOf(desk.browser().get("/admin/webhooks").body());
            form.put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
            form.put("events", "PUBLISHED");
            form.put("secret", "the cluster test's shared secret");
            HttpResponse<String> added = desk.browser().post("/admin/webhooks", form);
            assertThat(added.statusCode()).isEqualTo(303);
            webhook = added.headers().firstValue("Location").orElseThrow().replaceAll(".*(/admin/webhooks/\\d+)$", "$1");

            long id = desk.draft("Harbour webhook " + UNIQUE, sectionId, authorId);
            desk.act(id, "publish", Map.of());

            String first = eventIds.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first).as("delivered").isNotNull();
            // both instances look every second: give the other a few looks to send it again, which it must not
            assertThat(eventIds.poll(6, java.util.concurrent.TimeUnit.SECONDS)).as("delivered once").isNull();
            try (Connection db = database()) {
                long endpointId = Long.parseLong(webhook.substring(webhook.lastIndexOf('/') + 1));
                assertThat(rows(db, "SELECT status || ' ' || attempts || ' ' || event_id FROM webhook_delivery WHERE endpoint_id = ?",
                        endpointId)).as("one delivery, one attempt").containsExactly("DELIVERED 1 " + first);
            }
        } finally {
            if (webhook != null) {
                desk.browser().post(webhook + "/remove", Browser.csrfFieldOf(desk.browser().get(webhook).body()));
            }
            receiver.stop(0);
        }
    }

    @Test
    @Order(6)
    void whenAIsLostBKeepsServingAndPublishingAndTheEditorStaysSignedIn() throws Exception {
        cluster.kill("a");
        desk.moveTo(b);

        HttpResponse<String> dashboard = desk.browser().get("/admin/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).as("still signed in, on B").contains("<h1>Dashboard</h1>");
        assertThat(new Browser(b).get("/").statusCode()).isEqualTo(200);

        String headline = "Night ferry resumes " + UNIQUE;
        long id = desk.draft(headline, sectionId, authorId);
        Instant goesLive = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(6);
        desk.act(id, "schedule", Map.of("scheduledAt", localInput(goesLive)));
        Browser reader = new Browser(b);
        assertThat(Waiting.until(goesLive.plus(PROMISED).plusSeconds(10), () -> reader.get("/").body().contains(headline)))
                .as("B publishes on schedule alone").isTrue();
        assertThat(Instant.now()).as("within 5 s").isBeforeOrEqualTo(goesLive.plus(PROMISED));
        assertThat(reader.get(desk.publicPath(id)).statusCode()).isEqualTo(200);
    }

    private static String localInput(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(at.atZone(NEWSROOM));
    }

    // --- what the instances and the database say ---

    private static int latestRevisionNumber(long id) throws SQLException {
        try (Connection db = database()) {
            return Integer.parseInt(rows(db, "SELECT latest_revision_number FROM article WHERE id = ?", id).get(0));
        }
    }

    /** How many times the instances' logs say they published this scheduled article. */
    private static long publicationsLoggedOrNone(long id) {
        try {
            return publicationsLogged(id);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long publicationsLogged(long id) throws IOException {
        long count = 0;
        for (String instance : List.of("a", "b")) {
            try (var lines = Files.lines(cluster.log(instance))) {
                count += lines.filter(line -> line.contains("Published scheduled article " + id + " ")).count();
            }
        }
        return count;
    }

    /** The instance's count of scheduled stories it published, from its metrics (0 before the first). */
    private static double scheduledPublicationsCounted(String instance) {
        Matcher counter = Pattern.compile("(?m)^newsdesk_scheduled_publications_total\\{[^}]*outcome=\"published\"[^}]*} ([0-9.]+)$")
                .matcher(new Browser(instance).getWith("/metrics?scope=application", TestAccounts.MONITORING).body());
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }

    private static Connection database() throws SQLException {
        return cluster.database();
    }

    private static List<String> rows(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(result.getString(1));
                }
                return rows;
            }
        }
    }
}
