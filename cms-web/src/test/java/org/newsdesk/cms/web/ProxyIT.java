package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The compose topology's proxy, for real and without Docker: Debian's nginx runs
 * {@code docker/nginx.conf} itself (only the instances' addresses and the listen port swapped,
 * {@link NginxProxy#swapped}) in front of two clustered instances of {@code scripts/local-cluster},
 * which start with the image's own pre-boot and post-deploy files. Readers and an editor use the
 * site through nginx while instance A dies and comes back.
 *
 * <p>Runs in the postgres profile after ClusterIT, with a cluster of its own (two Payara starts and
 * one restart). Every wait has a deadline.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProxyIT {

    private static final Path WORK = Path.of("target", "newsdesk-proxy-it").toAbsolutePath();
    private static final String UNIQUE = UUID.randomUUID().toString().substring(0, 8);
    /** A section whose path starts like the refused /metrics, and must not be refused. */
    private static final String METRICS_DESK = "/metrics-desk/";

    private static LocalCluster cluster;
    private static String a;
    private static String b;
    private static int proxyPort;
    private static String configuration;
    private static NginxProxy nginx;
    /** The editor's browser, signed in through nginx. */
    private static Browser desk;
    private static long sectionId;
    private static long authorId;

    @BeforeAll
    static void startClusterAndProxy() throws Exception {
        assertThat(NginxProxy.installed()).as("the proxy test runs Debian's nginx: apt-get install nginx (.ci/run does)").isTrue();
        cluster = LocalCluster.start(WORK.resolve("cluster"), "newsdesk-it-proxy-" + UNIQUE);
        a = cluster.base("a");
        b = cluster.base("b");

        proxyPort = LocalCluster.freePort();
        configuration = NginxProxy.swapped(Files.readString(LocalCluster.ROOT.resolve("docker/nginx.conf")),
                Map.of("newsdesk-1", cluster.address("a"), "newsdesk-2", cluster.address("b")), proxyPort);
        nginx = NginxProxy.start(WORK.resolve("nginx"), configuration, proxyPort);

        desk = new Browser(nginx.base);
        assertThat(desk.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).statusCode()).as("signed in through nginx").isEqualTo(303);
        sectionId = create("/admin/sections", Map.of("name", "Metrics desk", "slug", "metrics-desk", "parent", ""),
                "section", "Metrics desk");
        authorId = create("/admin/authors", Map.of("name", "Proxy Reporter " + UNIQUE, "slug", "proxy-" + UNIQUE, "bio", ""),
                "bylines", "Proxy Reporter " + UNIQUE);
    }

    @AfterAll
    static void stopProxyAndCluster() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void nginxAcceptsTheShippedConfiguration() throws Exception {
        NginxProxy.NginxResult result = NginxProxy.test(WORK.resolve("nginx-t"), configuration);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("syntax is ok", "test is successful");
    }

    @Test
    @Order(2)
    void pagesComeThroughCompressed() throws Exception {
        HttpResponse<byte[]> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(nginx.base + "/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(home.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));
        String html;
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(home.body()))) {
            html = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");
        System.out.printf("Home page through nginx: %d bytes gzipped, %d bytes of HTML%n", home.body().length,
                html.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    @Order(3)
    void metricsAndTheApiListingAreRefusedWhileSectionsAndHealthPass() {
        Browser reader = new Browser(nginx.base);
        for (String path : List.of("/metrics", "/metrics;jsessionid=1", "/metrics/base", "/openapi", "/openapi/ui")) {
            assertThat(reader.get(path).statusCode()).as("through nginx: " + path).isEqualTo(404);
        }
        // nginx refuses them to everyone; the instances themselves serve them to the monitoring token
        // (and to administrators), which is how a scraper on the instances' network reads each one
        assertThat(new Browser(a).getWith("/metrics", TestAccounts.MONITORING).statusCode()).isEqualTo(200);
        assertThat(new Browser(a).getWith("/openapi", TestAccounts.MONITORING).statusCode()).isEqualTo(200);
        assertThat(new Browser(a).get("/metrics").statusCode()).isEqualTo(404);

        HttpResponse<String> section = reader.get(METRICS_DESK);
        assertThat(section.statusCode()).as(METRICS_DESK).isEqualTo(200);
        assertThat(section.body()).contains("Metrics desk");
        HttpResponse<String> ready = reader.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
    }

    @Test
    @Order(4)
    void whenAIsKilledMidLoadNoGetIsLostAndNoPostIsRepeated() throws Exception {
        Map<String, String> form = Browser.csrfFieldOf(desk.get("/admin/articles/new").body());
        Map<String, Integer> posted = new ConcurrentHashMap<>();
        Load load = new Load(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> drafts = writer.submit(() -> {
            for (int i = 0; writing.get(); i++) {
                String headline = "Load " + i + " " + UNIQUE;
                Map<String, String> draft = new LinkedHashMap<>(form);
                draft.putAll(Map.of("headline", headline, "dek", "Written while an instance dies.",
                        "section", String.valueOf(sectionId), "bylines", String.valueOf(authorId), "slug", "",
                        "body", "<p>The details.</p>"));
                try {
                    posted.put(headline, desk.post("/admin/articles/new", draft).statusCode());
                } catch (AssertionError e) {
                    posted.put(headline, -1);
                }
                Waiting.sleep(Duration.ofMillis(50));
            }
        });

        Waiting.sleep(Duration.ofSeconds(4));
        Instant killed = Instant.now();
        cluster.kill("a");
        Waiting.sleep(Duration.ofSeconds(6));
        writing.set(false);
        drafts.get(60, TimeUnit.SECONDS);
        writer.shutdown();
        List<Load.Outcome> outcomes = load.stop();

        assertThat(outcomes).as("GETs through nginx").hasSizeGreaterThan(50);
        assertThat(outcomes.stream().filter(o -> o.at().isAfter(killed))).as("GETs after A was killed").isNotEmpty();
        assertThat(outcomes).as("no GET lost").allMatch(o -> o.status() == 200);

        Map<String, Integer> stored = draftsStored();
        posted.forEach((headline, status) -> {
            assertThat(stored.getOrDefault(headline, 0)).as("drafts stored for \"" + headline + "\" (answer " + status + ")")
                    .isLessThanOrEqualTo(1);
            if (status == 303) {
                assertThat(stored.get(headline)).as("a draft the editor was told was saved").isEqualTo(1);
            }
        });
        long after = posted.entrySet().stream().filter(e -> e.getValue() == 303).count();
        assertThat(after).as("drafts saved").isGreaterThan(10);
        System.out.printf("A killed mid-load: %d GETs, all 200; %d POSTs, answers %s, none stored twice%n",
                outcomes.size(), posted.size(), countByValue(posted.values()));
    }

    @Test
    @Order(5)
    void aRestartingInstanceGetsNoReadersUntilItIsReady() throws Exception {
        Load load = new Load(3);
        Instant asked = Instant.now();
        cluster.startAgain();
        Instant ready = Instant.now();
        Waiting.sleep(Duration.ofSeconds(1));
        List<Load.Outcome> outcomes = load.stop();

        List<Load.Outcome> whileStarting = outcomes.stream()
                .filter(o -> o.at().isAfter(asked) && o.at().isBefore(ready)).toList();
        assertThat(whileStarting).as("GETs while A was starting").hasSizeGreaterThan(50);
        assertThat(outcomes).as("no reader error while A started").allMatch(o -> o.status() == 200);
        System.out.printf("A restarted in %d s; %d GETs through nginx meanwhile, all 200%n",
                Duration.between(asked, ready).toSeconds(), whileStarting.size());

        // and once ready, A takes its share again (after the 10 s nginx rests an instance that failed)
        double before = publicPagesServed(a);
        Browser reader = new Browser(nginx.base);
        assertThat(Waiting.until(Instant.now().plusSeconds(40), () -> {
            for (int i = 0; i < 10; i++) {
                reader.get("/");
            }
            return publicPagesServed(a) > before;
        })).as("A serves readers through nginx again").isTrue();
    }

    // --- readers, the editor, the database ---

    /** Readers fetching the home page and the metrics desk through nginx, as fast as they can. */
    private static final class Load {

        record Outcome(Instant at, int status, String error) {
        }

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        private final ExecutorService readers;

        Load(int threads) {
            readers = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                readers.submit(() -> {
                    Browser reader = new Browser(nginx.base);
                    for (int i = 0; running.get(); i++) {
                        String path = i % 2 == 0 ? "/" : METRICS_DESK;
                        try {
                            HttpResponse<String> response = reader.get(path);
                            outcomes.add(new Outcome(Instant.now(), response.statusCode(),
                                    response.statusCode() == 200 ? null : path + ": " + response.body()));
                        } catch (AssertionError e) {
                            outcomes.add(new Outcome(Instant.now(), -1, path + ": " + e.getMessage()));
                        }
                        Waiting.sleep(Duration.ofMillis(20));
                    }
                });
            }
        }

        List<Outcome> stop() throws InterruptedException {
            running.set(false);
            readers.shutdown();
            assertThat(readers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            outcomes.stream().filter(o -> o.status() != 200).limit(5).forEach(o -> System.out.println("Failed: " + o));
            return new ArrayList<>(outcomes);
        }
    }

    /** Posts a create form through nginx and finds the item's id among the article editor's choices. */
    private static long create(String path, Map<String, String> fields, String choiceName, String label) {
        Map<String, String> form = Browser.csrfFieldOf(desk.get(path + "/new").body());
        form.putAll(fields);
        // the metrics desk stays from an earlier run on the same database: then it is refused as taken
        desk.post(path, form);
        Element option = Jsoup.parse(desk.get("/admin/articles/new").body())
                .select("select[name=" + choiceName + "] option").stream()
                .filter(o -> o.text().strip().equals(label)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No choice " + label));
        return Long.parseLong(option.attr("value"));
    }

    /** How many articles carry each of this run's load headlines. */
    private static Map<String, Integer> draftsStored() throws Exception {
        try (Connection db = cluster.database();
             PreparedStatement query = db.prepareStatement("SELECT headline, count(*) FROM article WHERE headline LIKE ? GROUP BY headline")) {
            query.setString(1, "Load % " + UNIQUE);
            Map<String, Integer> stored = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getInt(2));
                }
            }
            return stored;
        }
    }

    /** The instance's count of public pages answered 2xx, from its own metrics. */
    private static double publicPagesServed(String instance) {
        Matcher counter = Pattern.compile("(?m)^newsdesk_requests_total\\{[^}]*area=\"public\"[^}]*status=\"2xx\"[^}]*} ([0-9.E]+)$")
                .matcher(new Browser(instance).getWith("/metrics?scope=application", TestAccounts.MONITORING).body());
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }

    private static Map<Integer, Long> countByValue(java.util.Collection<Integer> values) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return Collections.unmodifiableMap(counts);
    }
}
