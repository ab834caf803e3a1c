package org.newsdesk.cms.front;

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
 * Announces front events only once the change has committed, as
 * {@link org.newsdesk.cms.publishing.ArticleEvents} does for stories: a page evicted for a
 * publish that then rolled back would be rendered again from the old arrangement, harmlessly, but
 * one rendered before the commit and kept would show readers the old front.
 */
@ApplicationScoped
public class FrontEvents {

    private static final Logger LOG = Logger.getLogger(FrontEvents.class.getName());

    @Inject
    Event<FrontEvent> events;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public void fireAfterCommit(FrontEvent event) {
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
                    LOG.log(Level.WARNING, "An observer failed on " + event, e);
                }
            }
        });
    }
}
