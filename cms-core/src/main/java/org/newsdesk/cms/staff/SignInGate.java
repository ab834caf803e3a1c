package org.newsdesk.cms.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.newsdesk.cms.shared.Sha256;

/**
 * The sign-in throttle: every attempt (a password, or a second-factor code) passes here before
 * anything is checked, per typed username and per client address ({@link SignInThrottle}).
 *
 * <p>An admitted attempt is counted as a failure at once, in the same locked transaction that
 * checked the wait, and given back when it turns out right. So parallel guesses cannot all slip
 * through before the first failure is written, on one instance or several: each takes its turn on
 * the row lock, and the sixth sees the five before it. A throttled attempt is refused without a
 * look at the password and is not counted: waiting the time out always gets a real try.
 */
@ApplicationScoped
public class SignInGate {

    private static final Logger LOG = Logger.getLogger(SignInGate.class.getName());
    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";
    private static final int TRIES = 3;

    @Inject
    SignInLedger ledger;

    @Inject
    Clock clock;

    /** What the gate decided about one attempt. */
    public sealed interface Admission permits Admitted, Throttled {
    }

    /** Go ahead and check; the attempt is counted as failed until {@link #passed} or {@link #signedIn} says otherwise. */
    public record Admitted(List<Counted> counted) implements Admission {
    }

    /** Refused unchecked: try again after {@code waitFor}. */
    public record Throttled(Duration waitFor) implements Admission {

        /** "about 2 minutes", for the form. */
        public String described() {
            return SignInThrottle.describe(waitFor);
        }
    }

    /** One failure counted against one key, with what the record held before, to give it back. */
    public record Counted(String key, int failuresBefore, Instant lastFailureBefore, int failuresAfter, Instant at) {
    }

    /** Counts the attempt against the typed username and the address, or refuses it while either must wait. */
    public Admission admit(String typedUsername, String address) {
        Map<String, SignInThrottle> keys = new TreeMap<>(); // one order for every instance's locks: no deadlock
        keys.put(accountKey(typedUsername), SignInThrottle.ACCOUNT);
        keys.put(ADDRESS + Sha256.hex(address == null ? "" : address), SignInThrottle.ADDRESS);
        RuntimeException lastProblem = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                return ledger.admit(keys, now());
            } catch (RuntimeException e) {
                // two instances made the same new record at once: the second try finds and locks it.
                // Anything else (a database that does not answer) fails at once, not three times over.
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                lastProblem = e;
            }
        }
        throw lastProblem;
    }

    /**
     * The password was right, a second factor is still to come: gives back this attempt's failure,
     * but leaves the account's count, so someone who knows the password still has only the free
     * tries at the code.
     */
    public void passed(Admitted attempt) {
        settle(attempt, false);
    }

    /** Signed in: the account's failures are cleared; the address's count loses this attempt only. */
    public void signedIn(Admitted attempt) {
        settle(attempt, true);
    }

    /** SQLState 23505, a unique key violated: the same on H2 and PostgreSQL. */
    static boolean isDuplicateKey(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 20; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void settle(Admitted attempt, boolean clearAccount) {
        try {
            ledger.giveBack(attempt.counted(), clearAccount ? ACCOUNT : null, now());
        } catch (RuntimeException e) {
            // the sign-in itself stands; the count stays a failure too many until it is forgotten
            LOG.warning(() -> "Could not settle a sign-in with the throttle: " + e);
        }
    }

    /**
     * Now, to the millisecond: the databases keep microseconds at most, and a time stored rounded up
     * would read back as a moment still to come, a wait of a few nanoseconds.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Usernames are compared as the account's own check reads them ({@link Usernames#typed}: no
     * control character or space at either end), then compatibility-normalised and lower-cased: a
     * variant never gets free tries of its own.
     */
    static String accountKey(String typedUsername) {
        String typed = Usernames.typed(typedUsername);
        return ACCOUNT + Sha256.hex(Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

}
