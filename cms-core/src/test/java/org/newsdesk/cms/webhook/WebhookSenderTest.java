package org.newsdesk.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    @Test
    void anExchangeThatNeverEndsIsGivenUpAtTheDeadlineAndCancelled() {
        // a receiver that sent its headers and trickles the body forever: the exchange never completes
        CompletableFuture<HttpResponse<Void>> endless = new CompletableFuture<>();
        long started = System.nanoTime();
        WebhookSender.Outcome outcome = WebhookSender.within(endless, Duration.ofMillis(300));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(outcome.responseCode()).isNull();
        assertThat(outcome.error()).startsWith("No complete answer within");
        assertThat(endless).isCancelled();
    }

    @Test
    void theWholeAttemptEndsWellInsideTheLease() {
        assertThat(Duration.ofSeconds(WebhookSender.DEADLINE_SECONDS).multipliedBy(2)).isLessThan(Webhooks.LEASE);
    }
}
