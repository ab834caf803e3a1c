package org.newsdesk.cms.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long someone must wait before the next sign-in attempt, after so many failures: a few are
 * free (people mistype), then the wait doubles with each failure up to a ceiling. The ceiling is
 * what keeps an attacker from locking the real person out for long: however many guesses they
 * make, the account is never closed for more than {@code longestWait} after the last one, and a
 * refused (throttled) attempt is not counted, so waiting it out always works. Failures are
 * forgotten after {@code forgetAfter} without another one.
 *
 * @param freeFailures failures that cost no wait
 * @param firstWait    the wait after the first failure beyond the free ones
 * @param longestWait  the ceiling of every wait
 * @param forgetAfter  quiet time after which the count starts again from zero
 */
public record SignInThrottle(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {

    /**
     * Per typed username, known or not: 5 free failures, then 1 s, 2 s, 4 s … up to 5 minutes. An
     * attacker gets 8 guesses in the 12.6 s that allowed 120 before, about 24 in the first hour and
     * 12 an hour after; the account's owner waits at most 5 minutes.
     */
    public static final SignInThrottle ACCOUNT =
            new SignInThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(30));

    /**
     * Per client address: a whole newsroom may sit behind one address, so 20 free failures; then 1 s
     * doubling up to 15 minutes, which stops one address trying password after password on many
     * usernames.
     */
    public static final SignInThrottle ADDRESS =
            new SignInThrottle(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(30));

    public SignInThrottle {
        if (freeFailures < 0 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0
                || forgetAfter.compareTo(longestWait) < 0) {
            throw new IllegalArgumentException("A throttle waits at least 0, at most its ceiling, and forgets after that");
        }
    }

    /** The wait after {@code failures} counted failures: none for the free ones, then doubling to the ceiling. */
    public Duration waitAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 40); // 2^40 s is far beyond any ceiling
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** The failures that still count at {@code now}: none once forgotten. */
    public int failuresCounted(int failures, Instant lastFailureAt, Instant now) {
        Objects.requireNonNull(now);
        return lastFailureAt == null || !now.isBefore(lastFailureAt.plus(forgetAfter)) ? 0 : failures;
    }

    /** How much longer someone must wait at {@code now}; empty when they may try. */
    public Optional<Duration> remainingWait(int failures, Instant lastFailureAt, Instant now) {
        int counted = failuresCounted(failures, lastFailureAt, now);
        if (counted == 0) {
            return Optional.empty();
        }
        Duration wait = waitAfter(counted);
        if (wait.isZero()) {
            // free failures cost nothing, even when the last one reads as later than now (another
            // instance's clock a little ahead, or a test's clock set in the past)
            return Optional.empty();
        }
        Instant allowedAt = lastFailureAt.plus(wait);
        if (!now.isBefore(allowedAt)) {
            return Optional.empty();
        }
        // never longer than the rule's own wait, however far ahead the last failure's clock was
        Duration remaining = Duration.between(now, allowedAt);
        return Optional.of(remaining.compareTo(wait) > 0 ? wait : remaining);
    }

    /**
     * A wait as the sign-in form says it: whole seconds up to a minute, then whole minutes, always
     * rounded up so that trying again after it works.
     */
    public static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
