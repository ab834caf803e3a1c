package org.newsdesk.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;

class WebhookDeliveryTest {

    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    private final WebhookEndpoint endpoint = new WebhookEndpoint("https://example.com/hooks",
            Set.of(WebhookEventType.PUBLISHED), "a secret of some length",
            new StaffMember("chief", "Chief", "hash", Set.of(Role.ADMIN), START), START);

    @Test
    void theWaitDoublesFromFiveSecondsToAnHour() {
        assertThat(WebhookDelivery.waitAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(WebhookDelivery.waitAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookDelivery.waitAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(WebhookDelivery.waitAfter(12)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookDelivery.waitAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aFailedAttemptWaitsAndASuccessfulOneDelivers() {
        WebhookDelivery delivery = new WebhookDelivery(endpoint, "event", "article.published", "{}", START);
        delivery.failed(500, "The receiver answered 500.", START);
        assertThat(delivery.getStatus()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(delivery.getNextAttemptAt()).isEqualTo(START.plusSeconds(5));
        assertThat(delivery.getAttempts()).isEqualTo(1);
        delivery.succeeded(204, START.plusSeconds(5));
        assertThat(delivery.getStatus()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(delivery.getResponseCode()).hasValue(204);
        assertThat(delivery.getLastError()).isEmpty();
    }

    @Test
    void aDeliveryIsGivenUpOnceItsNextAttemptWouldBeMoreThanADayAfterTheEvent() {
        WebhookDelivery delivery = new WebhookDelivery(endpoint, "event", "article.published", "{}", START);
        Instant now = START;
        while (delivery.getStatus() == WebhookDelivery.Status.PENDING) {
            now = delivery.getNextAttemptAt();
            delivery.failed(null, "No answer", now);
        }
        assertThat(delivery.getStatus()).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(now).isBefore(START.plus(Duration.ofHours(24)));
        assertThat(now.plus(Duration.ofHours(1))).isAfterOrEqualTo(START.plus(Duration.ofHours(23)));
        assertThat(delivery.getAttempts()).isBetween(25, 40);
    }

    @Test
    void redeliveringMakesANewDeliveryOfTheSameEvent() {
        WebhookDelivery delivery = new WebhookDelivery(endpoint, "event-1", "article.published", "{\"a\":1}", START);
        delivery.succeeded(200, START);
        WebhookDelivery again = delivery.again(START.plusSeconds(60));
        assertThat(again.getEventId()).isEqualTo("event-1");
        assertThat(again.getPayload()).isEqualTo("{\"a\":1}");
        assertThat(again.getStatus()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(again.getAttempts()).isZero();
    }
}
