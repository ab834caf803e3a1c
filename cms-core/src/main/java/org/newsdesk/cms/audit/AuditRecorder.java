package org.newsdesk.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.staff.SignInAttempt;

/**
 * Writes the audit log from the events Newsdesk already fires: every {@link Change} a service
 * announces, and every {@link SignInAttempt} of the sign-in form.
 *
 * <p>A change is recorded only once its transaction has committed ({@code AFTER_SUCCESS}), and in
 * a transaction of its own: a save that was refused or rolled back leaves no line, and a line that
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

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        try {
            log.record(change, address());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit log could not record " + change, e);
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
