package org.newsdesk.cms.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work once the current transaction has committed, never for one that rolled back: what
 * tells readers' caches, the search index, webhooks and the picture workers about a change must
 * not act on a change that never happened, nor on one not yet visible to the request that follows.
 * The work runs whatever phase its observers ask for, since it is fired only here.
 */
@ApplicationScoped
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code work} after the current transaction commits; {@code what} names it in the log if it fails. */
    public void run(String what, Runnable work) {
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
                    work.run();
                } catch (RuntimeException e) {
                    // the change is committed either way; a failure after it must not hide that
                    LOG.log(Level.WARNING, "Failed after a commit: " + what, e);
                }
            }
        });
    }
}
