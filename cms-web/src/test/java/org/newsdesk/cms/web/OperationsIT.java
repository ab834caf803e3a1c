package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches, from outside like a load balancer or Prometheus, on the real cms.war
 * deployed at {@code /} as in production: Payara's health and metrics endpoints answer beside the
 * public site; readiness names the database check, liveness answers; the application metrics
 * count page cache hits and requests by area and status class.
 */
class OperationsIT extends ClientTest {

    /** One line of Prometheus text: name, labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\} (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CmsWar.atRoot();
    }

    private Browser http;

    @BeforeEach
    void client() {
        http = new Browser(base());
    }

    @Test
    void readinessIsUpAndNamesTheDatabaseCheckWithoutTheDatabasesAddress() {
        HttpResponse<String> ready = http.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        String product = "postgres".equals(System.getProperty("newsdesk.test.database")) ? "PostgreSQL" : "H2";
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"")
                .contains("{\"name\":\"newsdesk-database\",\"status\":\"UP\"", "\"database\":\"" + product + "\"", "\"schemaVersion\":\"")
                .doesNotContain("jdbc:", "password");
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
    void livenessIsUp() {
        HttpResponse<String> live = http.get("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).startsWith("{\"status\":\"UP\"")
                .contains("{\"name\":\"newsdesk-threads\",\"status\":\"UP\"", "\"deadlockedThreads\":");
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
        HttpResponse<String> metrics = http.get("/metrics/");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE ");
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
        HttpResponse<String> scrape = http.get("/metrics?scope=application");
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
