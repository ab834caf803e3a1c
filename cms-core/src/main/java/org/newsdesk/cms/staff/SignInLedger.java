package org.newsdesk.cms.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The throttle's transactions, each its own and short: rows are locked only while counting, never
 * while a password is hashed. Only {@link SignInGate} calls these.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInLedger {

    @Inject
    ThrottleRecords records;

    /** @param keys in the order to lock them */
    public SignInGate.Admission admit(Map<String, SignInThrottle> keys, Instant now) {
        Duration longest = Duration.ZERO;
        List<Optional<ThrottleRecord>> found = new ArrayList<>();
        for (Map.Entry<String, SignInThrottle> key : keys.entrySet()) {
            Optional<ThrottleRecord> record = records.findForUpdate(key.getKey());
            found.add(record);
            Optional<Duration> wait = record.flatMap(r -> key.getValue().remainingWait(r.getFailures(), r.getLastFailureAt(), now));
            if (wait.isPresent() && wait.get().compareTo(longest) > 0) {
                longest = wait.get();
            }
        }
        if (!longest.isZero()) {
            return new SignInGate.Throttled(longest);
        }
        List<SignInGate.Counted> counted = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, SignInThrottle> key : keys.entrySet()) {
            ThrottleRecord record = found.get(i++).orElseGet(() -> {
                ThrottleRecord fresh = new ThrottleRecord(key.getKey(), now);
                records.add(fresh);
                return fresh;
            });
            counted.add(record.countFailure(key.getValue(), now));
        }
        records.flush();
        return new SignInGate.Admitted(List.copyOf(counted));
    }

    /**
     * Gives back the failures counted for an attempt that was right; a key starting with
     * {@code clearedPrefix} (the account's, on a completed sign-in) is cleared altogether. Old
     * records are forgotten on the way.
     */
    public void giveBack(List<SignInGate.Counted> counted, String clearedPrefix, Instant now) {
        records.forgetBefore(now.minus(SignInThrottle.ADDRESS.forgetAfter().plus(SignInThrottle.ACCOUNT.forgetAfter())));
        for (SignInGate.Counted one : counted) {
            records.findForUpdate(one.key()).ifPresent(record -> {
                if (clearedPrefix != null && one.key().startsWith(clearedPrefix)) {
                    records.remove(record);
                } else {
                    record.giveBack(one);
                }
            });
        }
    }
}
