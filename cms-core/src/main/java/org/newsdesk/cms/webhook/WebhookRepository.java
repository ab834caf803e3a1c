package org.newsdesk.cms.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface WebhookRepository {

    Optional<WebhookEndpoint> findEndpoint(long id);

    /** Endpoints not removed, oldest first. */
    List<WebhookEndpoint> activeEndpoints();

    void add(WebhookEndpoint endpoint);

    void add(WebhookDelivery delivery);

    Optional<WebhookDelivery> findDelivery(long id);

    /** An endpoint's deliveries, newest first. */
    List<WebhookDelivery> deliveries(WebhookEndpoint endpoint, int maximum);

    /** Ids of pending deliveries due at {@code now}, the longest waiting first. */
    List<Long> dueDeliveryIds(Instant now, int maximum);

    /**
     * Takes the delivery for one attempt: moves its next attempt to {@code leaseUntil} if it is
     * still pending, due, and at {@code version}. True for the one caller whose update changed the
     * row; every other instance gets false and leaves it alone.
     */
    boolean claim(long deliveryId, long version, Instant now, Instant leaseUntil);

    /**
     * Ends every pending delivery of a removed endpoint as failed with {@code why}, bumping each
     * version so that an attempt in flight does not write its outcome over it.
     */
    int giveUpPending(WebhookEndpoint endpoint, String why);
}
