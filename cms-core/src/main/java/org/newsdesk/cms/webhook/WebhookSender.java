package org.newsdesk.cms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes one attempt: a POST of the payload, signed, within {@value #TIMEOUT_SECONDS} s, following
 * no redirect (a redirect could lead anywhere the target check did not look). The target is checked
 * again before each attempt: a name may resolve to another address than when it was registered.
 */
@ApplicationScoped
public class WebhookSender {

    static final int TIMEOUT_SECONDS = 10;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cms.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    /** The outcome: the response code, or an error in words when there was none. */
    public record Outcome(Integer responseCode, String error) {
    }

    public Outcome send(Webhooks.Attempt attempt) {
        Optional<String> refused = WebhookTargets.refusal(attempt.url(), allowPrivateTargets);
        if (refused.isPresent()) {
            return new Outcome(null, refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Newsdesk-Webhooks/1")
                .header("Newsdesk-Event-Id", attempt.eventId())
                .header(WebhookSignature.HEADER, WebhookSignature.header(attempt.secret(), timestamp, attempt.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            return new Outcome(code, code >= 200 && code < 300 ? null : "The receiver answered " + code + ".");
        } catch (IOException e) {
            return new Outcome(null, "No answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted while sending");
        }
    }
}
