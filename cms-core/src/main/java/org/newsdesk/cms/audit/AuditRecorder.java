package org.newsdesk.cms.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.staff.SignInAttempt;

/**
 * Writes the audit log from the events Newsdesk already fires: every {@link Change} a service
 * announces, and every {@link SignInAttempt} of the sign-in form.
 *
 * <p>A change is recorded only once its transaction has committed, and in a transaction of its own
 * (one for all the changes the committed transaction made): a save that was refused or rolled back leaves no line, and a line that
 * cannot be written (the database refusing it, say) is logged here and never turns an editor's
 * committed save into an error. The price is a narrow gap: a process killed between a commit and
 * its line loses the line. Writing the line in the change's own transaction would close that gap,
 * but would make every save fail whenever the log cannot be written; for a newsroom, losing a
 * story to its audit trail is the worse failure.
 */
@ApplicationScoped
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());

    @Inject
    AuditLog log;

    @Inject
    RequestOrigin origin;

    /** Where this recorder keeps the changes of the transaction in progress. */
    private static final Object PENDING = AuditRecorder.class.getName() + ".pending";

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Collects the changes of a transaction and writes their lines together once it has committed
     * (one transaction for all of them, not one each); a change made outside a transaction is
     * written at once.
     */
    void changed(@Observes Change change) {
        String address = address();
        if (transactions == null || transactions.getTransactionKey() == null) {
            write(List.of(change), address);
            return;
        }
        @SuppressWarnings("unchecked")
        List<Change> pending = (List<Change>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Change> these = new ArrayList<>();
            transactions.putResource(PENDING, these);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the lines wait for the outcome
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        write(these, address);
                    }
                }
            });
            pending = these;
        }
        pending.add(change);
    }

    private void write(List<Change> changes, String address) {
        try {
            if (changes.size() == 1) {
                log.record(changes.get(0), address);
            } else {
                log.record(changes, address);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit log could not record " + (changes.size() == 1 ? changes.get(0) : changes), e);
        }
    }

    void signInAttempted(@Observes SignInAttempt attempt) {
        try {
            log.record(attempt);
        } catch (RuntimeException e) {
            // signing in goes on: the sign-in form must not fail because its line could not be written
            LOG.log(Level.WARNING, "The audit log could not record " + attempt, e);
        }
    }

    /** The request's client address; none for work no request started (the schedule's thread has no request). */
    private String address() {
        try {
            return origin.address().orElse(null);
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
