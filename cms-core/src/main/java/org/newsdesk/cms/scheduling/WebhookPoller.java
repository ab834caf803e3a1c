package org.newsdesk.cms.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.persistence.DatabaseMigrations;
import org.newsdesk.cms.webhook.WebhookSender;
import org.newsdesk.cms.webhook.Webhooks;

/**
 * Makes the webhook attempts that are due, on every instance, every {@value #INTERVAL_MILLIS} ms (a
 * first attempt about a second after the change; a nudge from the request that recorded it would
 * carry that request's context into the executor, which Payara ends with the request). Each attempt is claimed first ({@link Webhooks#claim}), so
 * that of several instances looking at the same moment one sends it. A CDI bean, as the schedule's
 * poller, for the same reason (see {@link DueStoryPoller}); here, beside it, because the
 * core's {@code webhook} package must not depend on {@code persistence}, which implements its repository.
 */
@ApplicationScoped
public class WebhookPoller {

    static final long INTERVAL_MILLIS = 1_000;
    static final int BATCH = 20;

    private static final Logger LOG = Logger.getLogger(WebhookPoller.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSender sender;

    @Inject
    DatabaseMigrations migrations;

    private ScheduledFuture<?> polling;
    private final AtomicBoolean looking = new AtomicBoolean();
    private volatile boolean failing;
    private volatile boolean lookedOnce;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        polling = executor.scheduleWithFixedDelay(this::look, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void look() {
        if (!looking.compareAndSet(false, true)) {
            return; // one look at a time on an instance
        }
        try {
            if (!migrations.isDone()) {
                return;
            }
            List<Long> due;
            do {
                due = webhooks.due(BATCH);
                for (long id : due) {
                    webhooks.claim(id).ifPresent(attempt -> {
                        WebhookSender.Outcome outcome = sender.send(attempt);
                        webhooks.recordOutcome(attempt, outcome.responseCode(), outcome.error());
                    });
                }
            } while (due.size() == BATCH);
            lookedOnce = true;
            if (failing) {
                failing = false;
                LOG.info("Webhooks: delivering works again.");
            }
        } catch (RuntimeException e) {
            if (!lookedOnce) {
                LOG.log(Level.FINE, "Webhooks: not ready to deliver yet", e);
            } else if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Webhooks: delivering failed; trying again every " + INTERVAL_MILLIS + " ms", e);
            }
        } finally {
            looking.set(false);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
