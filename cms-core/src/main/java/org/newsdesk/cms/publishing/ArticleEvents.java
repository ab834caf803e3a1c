package org.newsdesk.cms.publishing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces article events only once the change they describe has committed, whatever phase an
 * observer asks for: a cache evicted or a feed rebuilt on a publish that then rolled back would
 * show readers something that never happened. A rolled-back change announces nothing.
 */
@ApplicationScoped
public class ArticleEvents {

    private static final Logger LOG = Logger.getLogger(ArticleEvents.class.getName());

    @Inject
    Event<ArticleEvent> events;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Fires {@code event} after the current transaction commits. */
    public void fireAfterCommit(ArticleEvent event) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do until the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    events.fire(event);
                } catch (RuntimeException e) {
                    // the change is committed either way; an observer's failure must not hide that
                    LOG.log(Level.WARNING, "An observer failed on " + event, e);
                }
            }
        });
    }
}
