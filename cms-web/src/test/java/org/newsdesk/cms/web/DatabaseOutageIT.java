package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for 30 s under a running Newsdesk on PostgreSQL, and comes back. Readers
 * keep getting the pages the cache holds; a page it does not hold answers a short 503 page; an
 * editor who presses Save meanwhile is told the database is not answering, with every word they
 * typed still in the form; and once the database is back, without a restart, the same Save
 * succeeds, Publish works, readers see the change, and nothing saved before is lost.
 *
 * <p>Then the database goes dark instead (nothing refused, nothing answered): a request that needs it
 * still gets its answer within seconds, not never.
 *
 * <p>The database is the suite's PostgreSQL, reached through a {@link DatabaseLink} that the test
 * cuts: the server itself is shared and never stopped. Runs in the postgres profile's cluster
 * execution (it starts its own Payara Micro process, like {@link CrashRecoveryIT}). Prints what it
 * measured: latencies during the outage and the time to the first successful save after it.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** What "answers at once" means here: a reader or editor never waits out the outage. */
    private static final Duration PROMPT = Duration.ofSeconds(3);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);
    /** A database that does not answer at all is given the pool's time limits, then the request fails. */
    private static final Duration DARK_LIMIT = Duration.ofSeconds(20);
    private static final Path WORK = Path.of("target", "database-outage-it").toAbsolutePath();
    private static final String UNIQUE = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void readersKeepCachedPagesAndEditorsKeepTheirTextWhileTheDatabaseIsAway() throws Exception {
        // under target/, not a temporary folder: Payara's log stays there to read after a failure
        Path work = WORK.resolve(UNIQUE);
        Files.createDirectories(work);
        String databaseUrl = required("NEWSDESK_TEST_POSTGRES_URL");
        try (DatabaseLink link = DatabaseLink.to(databaseUrl);
                RunningNewsdesk server = RunningNewsdesk.start(work, work.resolve("data"), "outage.log", Map.of(
                        "CMS_DB_URL", link.url(databaseUrl),
                        "CMS_DB_USER", required("NEWSDESK_TEST_POSTGRES_USER"),
                        "CMS_DB_PASSWORD", required("NEWSDESK_TEST_POSTGRES_PASSWORD"),
                        "CMS_ADMIN_USER", TestAccounts.ADMIN,
                        "CMS_ADMIN_PASSWORD", TestAccounts.ADMIN_PASSWORD,
                        "CMS_METRICS_TOKEN", TestAccounts.MONITORING_TOKEN))) {
            EditorsDesk editor = EditorsDesk.signIn(server.base(), TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            String desk = "harbour-" + UNIQUE;
            String author = "ada-" + UNIQUE;
            long story = editor.draft("Harbour bridge reopens", editor.section("Harbour " + UNIQUE, desk),
                    editor.author("Ada Reporter " + UNIQUE, author, "Covers the harbour."));
            editor.act(story, "publish", Map.of("body", "<p>The bridge reopens on Monday.</p>"));
            String storyPath = editor.publicPath(story);

            // a reader has seen the story, the home page and the section front: all three are cached
            Browser reader = new Browser(server.base());
            Map<String, HttpResponse<String>> seen = new LinkedHashMap<>();
            for (String path : new String[] {storyPath, "/", "/" + desk + "/"}) {
                assertThat(reader.get(path).statusCode()).as(path).isEqualTo(200);
                seen.put(path, reader.get(path));
            }
            // the editor has the story open and types a new paragraph
            Map<String, String> typed = formOf(Jsoup.parse(editor.browser().get("/admin/articles/" + story).body()), "save");
            String newBody = "<p>The bridge reopens on Monday, two days early, the harbour master said.</p>";
            typed.put("body", newBody);
            typed.put("headline", "Harbour bridge reopens early");
            int threadsBefore = threadsOf(server);

            link.cut();
            Instant cut = Instant.now();

            for (Map.Entry<String, HttpResponse<String>> page : seen.entrySet()) {
                Timed<HttpResponse<String>> again = timed(() -> reader.get(page.getKey()));
                assertThat(again.value().statusCode()).as("%s during the outage", page.getKey()).isEqualTo(200);
                assertThat(again.value().body()).as("%s during the outage", page.getKey()).isEqualTo(page.getValue().body());
                assertThat(again.took()).as("%s during the outage", page.getKey()).isLessThan(PROMPT);
                report("cached page %s during the outage: %d in %d ms", page.getKey(), again.value().statusCode(), again.took().toMillis());
                String etag = page.getValue().headers().firstValue("ETag").orElseThrow();
                assertThat(reader.get(page.getKey(), "If-None-Match", etag).statusCode())
                        .as("a conditional GET of %s during the outage", page.getKey()).isEqualTo(304);
            }

            Timed<HttpResponse<String>> uncached = timed(() -> reader.get("/authors/" + author + "/"));
            report("uncached page during the outage: %d in %d ms", uncached.value().statusCode(), uncached.took().toMillis());
            assertThat(uncached.value().statusCode()).as(uncached.value().body()).isEqualTo(503);
            assertThat(uncached.took()).isLessThan(PROMPT);
            assertPlainOutagePage(uncached.value());

            Timed<HttpResponse<String>> save = timed(() -> editor.browser().post("/admin/articles/" + story, typed));
            Document held = Jsoup.parse(save.value().body());
            report("save during the outage: %d in %d ms, \"%s\"", save.value().statusCode(), save.took().toMillis(),
                    held.select("#error-summary li").text());
            assertThat(save.value().statusCode()).as(save.value().body()).isEqualTo(503);
            assertThat(save.took()).isLessThan(PROMPT);
            assertThat(held.select("#error-summary").text()).contains("database is not answering").contains("try again");
            assertThat(held.select("textarea[name=body]").text()).as("the typed body, still in the form").isEqualTo(newBody);
            assertThat(held.select("input[name=headline]").val()).isEqualTo("Harbour bridge reopens early");
            assertThat(save.value().body()).doesNotContain("Exception").doesNotContain("Something went wrong");

            Timed<HttpResponse<String>> list = timed(() -> editor.browser().get("/admin/articles"));
            report("admin article list during the outage: %d in %d ms", list.value().statusCode(), list.took().toMillis());
            assertThat(list.value().statusCode()).isEqualTo(503);
            assertPlainOutagePage(list.value());

            Timed<HttpResponse<String>> signIn = timed(() -> new Browser(server.base()).signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
            report("sign-in during the outage: %d in %d ms, \"%s\"", signIn.value().statusCode(), signIn.took().toMillis(),
                    Jsoup.parse(signIn.value().body()).select("h1, .error-summary li, [role=alert]").text());
            assertThat(signIn.value().body()).doesNotContain("Exception");

            HttpResponse<String> health = reader.get("/health/ready");
            report("/health/ready during the outage: %d %s", health.statusCode(), health.body());
            assertThat(health.statusCode()).as("still in rotation: it serves readers from the cache").isEqualTo(200);
            assertThat(databaseAnswering(reader)).as("the operators' gauge").isFalse();

            // readers go on being served for the whole outage, not only in its first seconds
            while (Duration.between(cut, Instant.now()).compareTo(OUTAGE) < 0) {
                assertThat(reader.get(storyPath).statusCode()).as("the story, %d s into the outage",
                        Duration.between(cut, Instant.now()).toSeconds()).isEqualTo(200);
                Thread.sleep(1_000);
            }

            link.restore();
            Instant back = Instant.now();
            // the editor presses the button on the form the outage left them with
            Map<String, String> again = formOf(held, "save");
            HttpResponse<String> saved;
            while ((saved = editor.browser().post("/admin/articles/" + story, again)).statusCode() != 303) {
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(503);
                assertThat(Duration.between(back, Instant.now())).as("saves work again").isLessThan(RECOVERY_LIMIT);
                again = formOf(Jsoup.parse(saved.body()), "save");
                Thread.sleep(250);
            }
            report("first successful save %d ms after the database came back", Duration.between(back, Instant.now()).toMillis());

            editor.act(story, "update", Map.of());
            HttpResponse<String> fresh = reader.get(storyPath);
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(fresh.body()).contains("two days early, the harbour master said").contains("Harbour bridge reopens early");
            assertThat(reader.get("/authors/" + author + "/").statusCode()).isEqualTo(200);
            assertThat(editor.browser().get("/admin/articles").statusCode()).isEqualTo(200);
            // nothing saved before the outage is lost: every revision is still listed
            Document revisions = Jsoup.parse(editor.browser().get("/admin/articles/" + story + "/revisions").body());
            assertThat(revisions.select("table th[scope=row]").eachText()).containsExactly("3", "2", "1");

            // the database goes dark instead of refusing (a host gone, packets dropped): nothing
            // comes back, and without time limits a request would wait for ever (measured: still
            // waiting after 30 s); with them, readers and editors get their answer in seconds
            Map<String, String> darkTyped = formOf(Jsoup.parse(editor.browser().get("/admin/articles/" + story).body()), "save");
            darkTyped.put("body", "<p>Typed while the database was dark.</p>");
            link.hang();
            Timed<HttpResponse<String>> healthInTheDark = timed(() -> reader.get("/health/ready"));
            report("/health/ready while the database is dark: %d in %d ms", healthInTheDark.value().statusCode(),
                    healthInTheDark.took().toMillis());
            assertThat(healthInTheDark.value().statusCode()).isEqualTo(200);
            assertThat(databaseAnswering(reader)).as("the operators' gauge").isFalse();
            assertThat(healthInTheDark.took()).as("within a probe's time").isLessThan(PROMPT);
            Timed<HttpResponse<String>> cachedInTheDark = timed(() -> reader.get(storyPath));
            assertThat(cachedInTheDark.value().statusCode()).isEqualTo(200);
            assertThat(cachedInTheDark.took()).isLessThan(PROMPT);
            Timed<HttpResponse<String>> uncachedInTheDark = timed(() -> reader.get("/" + desk + "/2026/01/01/no-such-story"));
            report("uncached page while the database is dark: %d in %d ms", uncachedInTheDark.value().statusCode(),
                    uncachedInTheDark.took().toMillis());
            assertThat(uncachedInTheDark.value().statusCode()).isEqualTo(503);
            assertThat(uncachedInTheDark.took()).isLessThan(DARK_LIMIT);
            Timed<HttpResponse<String>> saveInTheDark = timed(() -> editor.browser().post("/admin/articles/" + story, darkTyped));
            report("save while the database is dark: %d in %d ms", saveInTheDark.value().statusCode(), saveInTheDark.took().toMillis());
            assertThat(saveInTheDark.value().statusCode()).isEqualTo(503);
            assertThat(saveInTheDark.took()).isLessThan(DARK_LIMIT);
            assertThat(Jsoup.parse(saveInTheDark.value().body()).select("textarea[name=body]").text())
                    .isEqualTo("<p>Typed while the database was dark.</p>");
            link.restore();
            Instant light = Instant.now();
            while (editor.browser().get("/admin/articles").statusCode() != 200) {
                assertThat(Duration.between(light, Instant.now())).as("admin screens work again").isLessThan(RECOVERY_LIMIT);
                Thread.sleep(250);
            }
            report("admin list answers again %d ms after the database came back from the dark",
                    Duration.between(light, Instant.now()).toMillis());

            // a check the dark left running may still answer once; the next ones say the database is back
            HttpResponse<String> healthAfter;
            while ((healthAfter = reader.get("/health/ready")) != null && !databaseAnswering(reader)) {
                assertThat(Duration.between(light, Instant.now())).as("readiness sees the database again").isLessThan(RECOVERY_LIMIT);
                Thread.sleep(250);
            }
            assertThat(healthAfter.statusCode()).isEqualTo(200);
            assertThat(healthAfter.body()).contains("\"status\":\"UP\"");
            int threadsAfter = threadsOf(server);
            report("threads: %d before the outage, %d after it", threadsBefore, threadsAfter);
            assertThat(threadsAfter).as("threads after the outage").isLessThan(threadsBefore + 30);
            report("log lines at WARNING or SEVERE: %d", Files.readAllLines(server.logFile()).stream()
                    .filter(line -> line.contains("WARNING") || line.contains("SEVERE")).count());
        }
    }

    /** The short 503 page, not the 500 page and never a stack trace. */
    private static void assertPlainOutagePage(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Not available right now");
        assertThat(page.body()).contains("try again").doesNotContain("Something went wrong")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    /** The editor's form as a browser submits it with the given button: every field as shown. */
    private static Map<String, String> formOf(Document page, String action) {
        Element form = page.select("form[method=post]").stream().filter(f -> !f.select("textarea[name=body]").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("No editor form on\n" + page.html()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (field.hasAttr("disabled") || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            if (field.tagName().equals("textarea")) {
                fields.put(field.attr("name"), field.text());
            } else if (field.tagName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]");
                fields.putIfAbsent(field.attr("name"), chosen == null ? "" : chosen.val());
            } else {
                fields.putIfAbsent(field.attr("name"), field.val());
            }
        }
        fields.put("action", action);
        return fields;
    }

    /** Payara's threads, from the kernel: a pool that leaks threads while the database is away shows here. */
    /**
     * The gauge operators alert on (the public readiness answer says UP and nothing more), as of the
     * check the last readiness probe made.
     */
    private static boolean databaseAnswering(Browser reader) {
        String metrics = reader.getWith("/metrics?scope=application", TestAccounts.MONITORING).body();
        Matcher gauge = Pattern.compile("(?m)^newsdesk_database_answering(\\{[^}]*\\})? ([0-9.]+)").matcher(metrics);
        assertThat(gauge.find()).as("newsdesk_database_answering in %s", metrics).isTrue();
        return Double.parseDouble(gauge.group(2)) == 1.0;
    }

    private static int threadsOf(RunningNewsdesk server) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(server.process().pid()), "status")).stream()
                .filter(line -> line.startsWith("Threads:"))
                .mapToInt(line -> Integer.parseInt(line.substring("Threads:".length()).strip()))
                .findFirst().orElseThrow();
    }

    private record Timed<T>(T value, Duration took) {
    }

    private static <T> Timed<T> timed(Supplier<T> request) {
        long start = System.nanoTime();
        T value = request.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void report(String format, Object... values) {
        System.out.printf("DatabaseOutageIT: " + format + "%n", values);
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: the outage test needs PostgreSQL (see .ci/run)");
        }
        return value;
    }
}
