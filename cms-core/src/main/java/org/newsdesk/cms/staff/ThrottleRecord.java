package org.newsdesk.cms.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The failures counted against one throttle key (a typed username or a client address), in the
 * database so every instance of a cluster counts the same failures.
 */
@Entity
@Table(name = "sign_in_throttle")
public class ThrottleRecord {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected ThrottleRecord() {
        // for JPA
    }

    public ThrottleRecord(String key, Instant now) {
        this.key = Objects.requireNonNull(key);
        this.lastFailureAt = Objects.requireNonNull(now);
    }

    /** Counts one more failure at {@code now} (after forgetting old ones); what it was before, to give back. */
    SignInGate.Counted countFailure(SignInThrottle rule, Instant now) {
        SignInGate.Counted counted = new SignInGate.Counted(key, failures, lastFailureAt,
                rule.failuresCounted(failures, lastFailureAt, now) + 1, now);
        failures = counted.failuresAfter();
        lastFailureAt = now;
        return counted;
    }

    /**
     * Takes back a failure counted for an attempt that turned out right: restores the count as it
     * was when nobody else counted one since, else takes one off.
     */
    void giveBack(SignInGate.Counted counted) {
        if (failures == counted.failuresAfter() && lastFailureAt.equals(counted.at())) {
            failures = counted.failuresBefore();
            lastFailureAt = counted.lastFailureBefore();
        } else if (failures > 0) {
            failures--;
        }
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }
}
