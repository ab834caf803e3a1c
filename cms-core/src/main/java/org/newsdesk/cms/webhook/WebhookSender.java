package org.newsdesk.cms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes one attempt: a POST of the payload, signed, headers within {@value #TIMEOUT_SECONDS} s and the whole exchange within {@value #DEADLINE_SECONDS} s, following
 * no redirect (a redirect could lead anywhere the target check did not look). The target is checked
 * again before each attempt: a name may resolve to another address than when it was registered.
 */
@ApplicationScoped
public class WebhookSender {

    static final int TIMEOUT_SECONDS = 10;
    /** The whole attempt, connection to the last byte of the answer: well inside {@link Webhooks#LEASE}. */
    static final int DEADLINE_SECONDS = 20;

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
        return within(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()), Duration.ofSeconds(DEADLINE_SECONDS));
    }

    /**
     * Waits for the whole exchange, body included, at most {@code deadline}, then gives up on it.
     * The request's own timeout ends once the headers arrive: a receiver trickling its body
     * forever would hold the poller, and outlive the lease so that another instance sent it again.
     */
    static Outcome within(CompletableFuture<HttpResponse<Void>> exchange, Duration deadline) {
        try {
            int code = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return new Outcome(code, code >= 200 && code < 300 ? null : "The receiver answered " + code + ".");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Outcome(null, "No complete answer within " + deadline.toSeconds() + " s.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, "No answer: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted while sending");
        }
    }
}
