package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches, from outside like a load balancer or Prometheus, on the real cms.war
 * deployed at {@code /} as in production: Payara's health endpoints answer beside the public site,
 * UP or DOWN and nothing more; its metrics and OpenAPI document only to a signed-in administrator
 * or the monitoring token ({@link TestAccounts#MONITORING_TOKEN}); the application metrics
 * count page cache hits and requests by area and status class; no response names the server.
 */
class OperationsIT extends ClientTest {

    /** One line of Prometheus text: name, labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\} (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");
    /** Payara's health answer with nothing in it but names and states. */
    private static final Pattern TERSE_HEALTH = Pattern.compile(
            "\\{\"status\":\"(UP|DOWN)\",\"checks\":\\[(\\{\"name\":\"[a-z-]+\",\"status\":\"(UP|DOWN)\"(,\"data\":\\{\\})?\\},?)*\\]\\}");


    private Browser http;

    @BeforeEach
    void client() {
        http = new Browser(base());
    }

    /** Public, for any load balancer: UP or DOWN, and nothing about what is behind it. */
    @Test
    void readinessIsUpAndSaysNothingAboutTheDatabase() {
        HttpResponse<String> ready = http.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"")
                .contains("{\"name\":\"newsdesk-database\",\"status\":\"UP\"")
                .doesNotContain("jdbc:", "password", "H2", "PostgreSQL", "schema", "Version", "error");
        assertThat(TERSE_HEALTH.matcher(ready.body()).matches()).as(ready.body()).isTrue();
    }

    /**
     * Malformed or oversized posts, signed in or not, get a short page saying what is wrong: never
     * a 500, never an echo of what was sent (each used to answer 500 with a stack trace in the log,
     * or echo megabytes back).
     */
    @Test
    void aFormThatCannotBeReadIsRefusedWithAPageBeforeAnythingParsesIt() {
        String signInForm = http.get("/admin/login").body();
        String token = Browser.csrfFieldOf(signInForm).entrySet().iterator().next().getValue();
        String form = "application/x-www-form-urlencoded";

        HttpResponse<String> badEscape = http.postRaw("/admin/login", form, "_csrf=" + token + "&username=%zz&password=x");
        assertThat(badEscape.statusCode()).isEqualTo(400);
        assertThat(badEscape.body()).contains("<title>Request not understood").doesNotContain("Exception");

        HttpResponse<String> json = http.postRaw("/admin/login", "application/json", "{\"username\":\"chief\"}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("<title>Request not understood");

        String manyBylines = "_csrf=" + token + "&bylines=1".repeat(20_000);
        HttpResponse<String> tooMany = http.postRaw("/admin/login", form, manyBylines);
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(tooMany.body()).contains("<title>Too much at once").hasSizeLessThan(2_000);

        HttpResponse<String> tooLarge = http.postRaw("/admin/login", form, "_csrf=" + token + "&body=" + "%3Cb%3E".repeat(1_500_000));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).hasSizeLessThan(2_000);
    }

    @Test
    void livenessIsUpAndSaysNothingAboutTheThreads() {
        HttpResponse<String> live = http.get("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).startsWith("{\"status\":\"UP\"")
                .contains("{\"name\":\"newsdesk-threads\",\"status\":\"UP\"")
                .doesNotContain("deadlocked", "thread\"");
        assertThat(TERSE_HEALTH.matcher(live.body()).matches()).as(live.body()).isTrue();
    }

    @Test
    void payarasEndpointsAnswerBesideThePublicSiteAtTheContextRoot() {
        HttpResponse<String> home = http.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).as("the home page").contains("Skip to main content");
        // shaped like section fronts, but Payara's: never the site's "Page not found"
        HttpResponse<String> health = http.get("/health/");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("newsdesk-database", "newsdesk-threads");
        HttpResponse<String> metrics = http.getWith("/metrics/", TestAccounts.MONITORING);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE ");
    }

    /**
     * Payara's metrics (heap, pools, counts) and its OpenAPI document (every admin path) used to
     * answer anyone on the site's port. Now: 404, as if they did not exist, to readers and to
     * staff without ADMIN; 401 to a wrong token; the document itself to an administrator's session
     * and to the monitoring token.
     */
    @Test
    void metricsAndTheOpenApiDocumentAreForAdministratorsAndTheMonitoringTokenOnly() {
        EditorsDesk chief = EditorsDesk.signIn(base(), TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        String unique = Long.toString(System.nanoTime(), 36);
        chief.staffMember("opswriter" + unique, "Ops Writer " + unique, "WRITER");
        chief.staffMember("opseditor" + unique, "Ops Editor " + unique, "EDITOR");
        Browser writer = EditorsDesk.signIn(base(), "opswriter" + unique, TestAccounts.STAFF_PASSWORD).browser();
        Browser editor = EditorsDesk.signIn(base(), "opseditor" + unique, TestAccounts.STAFF_PASSWORD).browser();

        for (String path : List.of("/metrics", "/metrics/", "/metrics?scope=base", "/metrics;jsessionid=x", "/openapi", "/openapi/")) {
            for (Map.Entry<String, Browser> refused : Map.of("signed out", http, "a writer", writer, "an editor", editor).entrySet()) {
                HttpResponse<String> answer = refused.getValue().get(path);
                assertThat(answer.statusCode()).as(path + " for " + refused.getKey()).isEqualTo(404);
                assertThat(answer.body()).as(path + " for " + refused.getKey())
                        .contains("<title>Page not found").doesNotContain("# TYPE", "jvm_", "openapi:", "/admin/");
            }
            HttpResponse<String> wrongToken = http.getWith(path, Map.of("Authorization", "Bearer not-the-monitoring-token"));
            assertThat(wrongToken.statusCode()).as(path + " with a wrong token").isEqualTo(401);
            assertThat(wrongToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
            assertThat(wrongToken.body()).doesNotContain("# TYPE", "openapi:");
        }

        String metricsText = "# TYPE ";
        assertThat(chief.browser().get("/metrics?scope=base").body()).as("an administrator's session").contains(metricsText);
        HttpResponse<String> scraped = http.getWith("/metrics?scope=base", TestAccounts.MONITORING);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).as("the monitoring token").contains(metricsText);
        assertThat(scraped.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        HttpResponse<String> document = chief.browser().get("/openapi");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).as("an administrator's session").contains("openapi:");
        assertThat(http.getWith("/openapi", TestAccounts.MONITORING).body())
                .as("the monitoring token").contains("openapi:");
    }

    /**
     * Payara named itself ("Server: Payara Micro") on every response: a lead for an attacker. Now
     * no response carries Server or X-Powered-By, public, admin, error or file.
     */
    @Test
    void noResponseNamesTheServer() {
        EditorsDesk chief = EditorsDesk.signIn(base(), TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("a public page", http.get("/"));
        answers.put("the sign-in form", http.get("/admin/login"));
        answers.put("an admin page", chief.browser().get("/admin/"));
        answers.put("a page not found", http.get("/no-such-page-" + System.nanoTime()));
        answers.put("a static file", http.get("/assets/admin.css"));
        answers.put("health", http.get("/health/ready"));
        answers.put("metrics refused", http.get("/metrics"));
        answers.put("metrics", chief.browser().get("/metrics?scope=application"));
        answers.put("a request not understood", http.postRaw("/admin/login", "application/x-www-form-urlencoded", "username=%zz"));

        assertThat(answers.get("an admin page").statusCode()).isEqualTo(200);
        assertThat(answers.get("a page not found").statusCode()).isEqualTo(404);
        assertThat(answers.get("a static file").statusCode()).isEqualTo(200);
        answers.forEach((what, answer) -> {
            assertThat(answer.headers().firstValue("Server")).as("Server header on " + what).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as("X-Powered-By header on " + what).isEmpty();
        });
    }

    /**
     * A request that asks to switch protocols ({@code Upgrade: websocket}, which anyone can send)
     * is answered at once. An admin page used to hold such a request for 30 s and then answer 500,
     * so a few of them could tie up the server's request threads.
     */
    @Test
    void aRequestAskingToSwitchProtocolsIsAnsweredAtOnce() throws IOException {
        URI server = URI.create(base());
        for (String path : List.of("/admin/login", "/")) {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + server.getAuthority()
                        + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertThat(statusLine).as("Upgrade: websocket on " + path).isEqualTo("HTTP/1.1 200 OK");
            }
        }
    }

    @Test
    void theSamePublicPageTwiceIsAPageCacheHitAndEveryRequestIsCountedByAreaAndStatus() {
        Map<String, Double> before = applicationMetrics();

        assertThat(http.get("/").statusCode()).isEqualTo(200);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        assertThat(http.get("/no-such-page").statusCode()).isEqualTo(404);
        assertThat(http.get("/admin/login").statusCode()).isEqualTo(200);
        assertThat(http.get("/assets/admin.css").statusCode()).isEqualTo(200);
        http.get("/health/ready"); // probes are not counted

        Map<String, Double> after = applicationMetrics();
        double hits = rise(before, after, "newsdesk_page_cache_hits_total");
        double misses = rise(before, after, "newsdesk_page_cache_misses_total");
        assertThat(hits + misses).as("one lookup for each view of the home page").isEqualTo(2);
        assertThat(hits).as("the second view at least comes from the cache").isGreaterThanOrEqualTo(1);

        assertThat(rise(before, after, "newsdesk_requests_total", "area=public", "status=2xx")).isEqualTo(2);
        assertThat(rise(before, after, "newsdesk_requests_total", "area=public", "status=4xx")).isEqualTo(1);
        assertThat(rise(before, after, "newsdesk_requests_total", "area=admin", "status=2xx")).isEqualTo(1);
        assertThat(rise(before, after, "newsdesk_requests_total", "area=assets", "status=2xx")).isEqualTo(1);
        assertThat(rise(before, after, "newsdesk_requests_total", "area=public", "status=5xx")).isZero();
        assertThat(after).containsKey(key("newsdesk_requests_total", "area=preview", "status=2xx"));
    }

    /** The application scope in Prometheus text, keyed by name and the labels that tell samples apart. */
    private Map<String, Double> applicationMetrics() {
        HttpResponse<String> scrape = http.getWith("/metrics?scope=application", TestAccounts.MONITORING);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        Map<String, Double> samples = new HashMap<>();
        Matcher sample = SAMPLE.matcher(scrape.body());
        while (sample.find()) {
            String[] labels = LABEL.matcher(sample.group(2)).results()
                    .filter(label -> !label.group(1).equals("mp_scope"))
                    .map(label -> label.group(1) + "=" + label.group(2))
                    .toArray(String[]::new);
            samples.put(key(sample.group(1), labels), Double.valueOf(sample.group(3)));
        }
        return samples;
    }

    private static double rise(Map<String, Double> before, Map<String, Double> after, String name, String... labels) {
        String key = key(name, labels);
        assertThat(after).as("the metrics name " + key).containsKey(key);
        return after.get(key) - before.getOrDefault(key, 0.0);
    }

    private static String key(String name, String... labels) {
        return name + Arrays.stream(labels).sorted().toList();
    }
}
