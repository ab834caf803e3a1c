package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.webhook.WebhookDelivery;
import org.newsdesk.cms.webhook.WebhookEndpoint;
import org.newsdesk.cms.webhook.WebhookEventType;
import org.newsdesk.cms.webhook.Webhooks;

/**
 * Webhooks to a small receiver this test starts on loopback (the test deployment allows private
 * targets: CMS_WEBHOOKS_ALLOW_PRIVATE_TARGETS in cms-web/pom.xml): registered on the admin screen,
 * delivered after a publish with a signature the receiver can check, retried after a 500, sent
 * again on "Redeliver", and only for the events an endpoint wants.
 */
class WebhooksIT extends ContainerTest {

    private static final String SECRET = "the receiver's shared secret";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Webhooks webhooks;

    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    /** The codes the receiver answers with, in turn; 200 once none is left. */
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private Section desk;
    private Author ada;
    private WebhookEndpoint endpoint;

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    @BeforeEach
    void startTheReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            Integer code = answers.poll();
            exchange.sendResponseHeaders(code == null ? 200 : code, -1);
            exchange.close();
        });
        receiver.start();
        desk = newsroom.section("Desk");
        ada = newsroom.ada();
    }

    @AfterEach
    void stopTheReceiver() {
        if (endpoint != null) {
            webhooks.remove(TestAccounts.ADMIN, endpoint.getId());
        }
        receiver.stop(0);
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/" + newsroom.unique();
    }

    @Test
    void anAdministratorAddsAWebhookOnTheScreenAndAPublishIsDeliveredSigned() throws Exception {
        Browser chief = newsroom.signedInAdmin();
        String page = chief.get("/admin/webhooks").body();
        Map<String, String> form = Browser.csrfFieldOf(page);
        form.put("url", receiverUrl());
        form.put("events", "PUBLISHED");
        form.put("secret", SECRET);
        HttpResponse<String> added = chief.post("/admin/webhooks", form);
        assertThat(added.statusCode()).isEqualTo(303);
        String location = added.headers().firstValue("Location").orElseThrow();
        endpoint = webhooks.endpoint(TestAccounts.ADMIN, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));

        Article story = newsroom.published(newsroom.story("Hook story " + newsroom.unique(), desk, ada));

        Received delivery = next();
        assertThat(delivery.header("Content-Type")).startsWith("application/json");
        assertThat(signatureIsValid(delivery)).as("the signature checks out with the secret").isTrue();
        JsonObject payload = delivery.json();
        assertThat(payload.getString("type")).isEqualTo("article.published");
        assertThat(payload.getString("id")).isEqualTo(delivery.header("Newsdesk-Event-Id"));
        assertThat(payload.getString("createdAt")).isNotBlank();
        JsonObject article = payload.getJsonObject("article");
        assertThat(article.getJsonNumber("id").longValue()).isEqualTo(story.getId());
        assertThat(article.getString("headline")).isEqualTo("Hook story " + newsroom.unique());
        assertThat(article.getString("url")).contains(story.getSlug());
        assertThat(article.getString("apiUrl")).endsWith("/api/v1/articles/" + story.getId());

        eventually(() -> chief.get(location.substring(location.indexOf("/admin/"))).body().contains("DELIVERED"));
        String log = chief.get(location.substring(location.indexOf("/admin/"))).body();
        assertThat(log).contains("article.published", "<td class=\"delivery-response\">200</td>", "<td class=\"delivery-attempts\">1</td>");
    }

    @Test
    void aDeliveryAnswered500IsRetriedWithTheSameEventAndTheLogSaysSo() throws Exception {
        endpoint = webhooks.register(TestAccounts.ADMIN, receiverUrl(), Set.of(WebhookEventType.PUBLISHED), SECRET);
        answers.add(500);
        newsroom.published(newsroom.story("Retried story " + newsroom.unique(), desk, ada));

        Received first = next();
        Received second = next();
        assertThat(second.header("Newsdesk-Event-Id")).as("a retry, not a new event").isEqualTo(first.header("Newsdesk-Event-Id"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(signatureIsValid(second)).isTrue();

        eventually(() -> webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0).getStatus()
                == WebhookDelivery.Status.DELIVERED);
        WebhookDelivery delivery = webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0);
        assertThat(delivery.getAttempts()).isEqualTo(2);
        assertThat(delivery.getResponseCode()).hasValue(200);
        assertThat(received.poll(3, TimeUnit.SECONDS)).as("delivered once it succeeded: no more attempts").isNull();
    }

    @Test
    void redeliverSendsTheSameEventAgain() throws Exception {
        endpoint = webhooks.register(TestAccounts.ADMIN, receiverUrl(), Set.of(WebhookEventType.PUBLISHED), SECRET);
        newsroom.published(newsroom.story("Redelivered story " + newsroom.unique(), desk, ada));
        Received first = next();
        eventually(() -> webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0).getStatus()
                == WebhookDelivery.Status.DELIVERED);

        Browser chief = newsroom.signedInAdmin();
        String page = chief.get("/admin/webhooks/" + endpoint.getId()).body();
        long delivery = webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0).getId();
        HttpResponse<String> again = chief.post("/admin/webhooks/" + endpoint.getId() + "/deliveries/" + delivery + "/redeliver",
                Browser.csrfFieldOf(page));
        assertThat(again.statusCode()).isEqualTo(303);

        Received second = next();
        assertThat(second.header("Newsdesk-Event-Id")).isEqualTo(first.header("Newsdesk-Event-Id"));
        assertThat(webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId())).hasSize(2);
    }

    @Test
    void aRemovedEndpointGetsNothingMoreNotEvenARedelivery() throws Exception {
        // a port nothing listens on: the first attempt fails and the delivery waits for its retry
        endpoint = webhooks.register(TestAccounts.ADMIN, "http://127.0.0.1:9/removed-" + newsroom.unique(),
                Set.of(WebhookEventType.PUBLISHED), SECRET);
        newsroom.published(newsroom.story("Removed hook story " + newsroom.unique(), desk, ada));
        long delivery = webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0).getId();
        webhooks.remove(TestAccounts.ADMIN, endpoint.getId());

        WebhookDelivery ended = webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0);
        assertThat(ended.getStatus()).as("its pending delivery ends with the endpoint").isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(ended.getLastError()).hasValueSatisfying(why -> assertThat(why).contains("removed"));
        int attempts = ended.getAttempts();

        Browser chief = newsroom.signedInAdmin();
        String page = chief.get("/admin/webhooks/" + endpoint.getId()).body();
        HttpResponse<String> again = chief.post("/admin/webhooks/" + endpoint.getId() + "/deliveries/" + delivery + "/redeliver",
                Browser.csrfFieldOf(page));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(chief.get("/admin/webhooks/" + endpoint.getId()).body()).contains("This webhook was removed");
        assertThat(webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId())).as("no new delivery").hasSize(1);
        Thread.sleep(3_000); // several polls
        assertThat(webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0).getAttempts()).isEqualTo(attempts);

        // a delivery named under another endpoint's address is not found there
        WebhookEndpoint other = webhooks.register(TestAccounts.ADMIN, receiverUrl(), Set.of(WebhookEventType.UNPUBLISHED), SECRET);
        try {
            HttpResponse<String> elsewhere = chief.post("/admin/webhooks/" + other.getId() + "/deliveries/" + delivery + "/redeliver",
                    Browser.csrfFieldOf(chief.get("/admin/webhooks/" + other.getId()).body()));
            assertThat(elsewhere.statusCode()).isEqualTo(404);
        } finally {
            webhooks.remove(TestAccounts.ADMIN, other.getId());
        }
    }

    @Test
    void anEndpointGetsOnlyTheEventsItWants() throws Exception {
        endpoint = webhooks.register(TestAccounts.ADMIN, receiverUrl(), Set.of(WebhookEventType.UNPUBLISHED), SECRET);
        Article story = newsroom.published(newsroom.story("Taken down " + newsroom.unique(), desk, ada));
        newsroom.unpublish(story);
        Received delivery = next();
        assertThat(delivery.json().getString("type")).isEqualTo("article.unpublished");
        assertThat(received.poll(3, TimeUnit.SECONDS)).as("nothing for the publish").isNull();
    }

    @Test
    void onlyAnAdministratorAddsWebhooksAndOnlyToHttpUrlsWithASecret() {
        assertThatThrownBy(() -> webhooks.register(newsroom.editor(), receiverUrl(), Set.of(WebhookEventType.PUBLISHED), SECRET))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> webhooks.register(TestAccounts.ADMIN, "ftp://127.0.0.1/hooks", Set.of(), "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("url", "events", "secret"));

        Browser chief = newsroom.signedInAdmin();
        Map<String, String> form = Browser.csrfFieldOf(chief.get("/admin/webhooks").body());
        form.put("url", "file:///etc/passwd");
        form.put("secret", SECRET);
        HttpResponse<String> refused = chief.post("/admin/webhooks", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Only http and https URLs can receive webhooks.", "Choose at least one event.");
        assertThat(newsroom.signedIn(newsroom.editor()).get("/admin/webhooks").statusCode()).isEqualTo(403);
    }

    private static void eventually(java.util.function.BooleanSupplier condition) {
        assertThat(Waiting.until(java.time.Instant.now().plus(PATIENCE), condition)).as("within %s", PATIENCE).isTrue();
    }

    private Received next() throws InterruptedException {
        Received next = received.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(next).as("a delivery reached the receiver within %s", PATIENCE).isNotNull();
        return next;
    }

    /** As a receiver checks it: HMAC-SHA256 of "<t>.<body>" with the shared secret, compared with v1. */
    private static boolean signatureIsValid(Received delivery) throws Exception {
        String header = delivery.header("Newsdesk-Signature");
        String t = header.replaceAll(".*t=(\\d+).*", "$1");
        String v1 = header.replaceAll(".*v1=([0-9a-f]+).*", "$1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t));
        return expected.equals(v1) && age < 300;
    }
}
