package org.newsdesk.cms.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's numbers, as an attacker and the account's owner meet them. */
class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final SignInThrottle account = SignInThrottle.ACCOUNT;

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesFromOneSecond() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(account.waitAfter(failures)).isZero();
        }
        assertThat(account.waitAfter(5)).hasSeconds(1);
        assertThat(account.waitAfter(6)).hasSeconds(2);
        assertThat(account.waitAfter(7)).hasSeconds(4);
        assertThat(account.waitAfter(13)).hasSeconds(256);
    }

    @Test
    void theWaitNeverGrowsBeyondFiveMinutesSoTheOwnerIsNeverLockedOutForLong() {
        assertThat(account.waitAfter(14)).isEqualTo(Duration.ofMinutes(5));
        assertThat(account.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(account.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
        assertThat(SignInThrottle.ADDRESS.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAddressHasTwentyFreeFailuresForANewsroomBehindOneAddress() {
        assertThat(SignInThrottle.ADDRESS.waitAfter(19)).isZero();
        assertThat(SignInThrottle.ADDRESS.waitAfter(20)).hasSeconds(1);
    }

    @Test
    void theRemainingWaitRunsFromTheLastFailure() {
        assertThat(account.remainingWait(4, NOW, NOW)).isEmpty();
        assertThat(account.remainingWait(7, NOW, NOW.plusSeconds(1))).hasValue(Duration.ofSeconds(3));
        assertThat(account.remainingWait(7, NOW, NOW.plusSeconds(4))).isEmpty();
    }

    /**
     * The last failure may read as later than now: another instance's clock a little ahead (or, in
     * the tests, a clock set in the past). Free failures still cost nothing, and no wait is ever
     * longer than the rule's own.
     */
    @Test
    void aLastFailureStampedAheadOfNowNeverCostsMoreThanTheRulesWait() {
        Instant ahead = NOW.plus(Duration.ofDays(200));
        assertThat(SignInThrottle.ADDRESS.remainingWait(3, ahead, NOW)).isEmpty();
        assertThat(account.remainingWait(4, ahead, NOW)).isEmpty();
        assertThat(account.remainingWait(7, ahead, NOW)).hasValue(Duration.ofSeconds(4));
    }

    @Test
    void failuresAreForgottenAfterHalfAnHourWithoutAnother() {
        assertThat(account.failuresCounted(40, NOW, NOW.plus(Duration.ofMinutes(29)))).isEqualTo(40);
        assertThat(account.failuresCounted(40, NOW, NOW.plus(Duration.ofMinutes(30)))).isZero();
        assertThat(account.remainingWait(40, NOW, NOW.plus(Duration.ofMinutes(30)))).isEmpty();
    }

    /** The figure in the README and the report: guesses that fit in 12.6 s, which allowed 120 before. */
    @Test
    void anAttackerWhoWaitsOutEveryDelayGetsEightGuessesIn12point6Seconds() {
        assertThat(guessesWithin(account, Duration.ofMillis(12_600))).isEqualTo(8);
        assertThat(guessesWithin(account, Duration.ofHours(1))).isEqualTo(24);
    }

    @Test
    void theFormSaysTheWaitRoundedUp() {
        assertThat(SignInThrottle.describe(Duration.ofMillis(200))).isEqualTo("1 second");
        assertThat(SignInThrottle.describe(Duration.ofMillis(3_001))).isEqualTo("4 seconds");
        assertThat(SignInThrottle.describe(Duration.ofSeconds(60))).isEqualTo("1 minute");
        assertThat(SignInThrottle.describe(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(SignInThrottle.describe(Duration.ofMinutes(5))).isEqualTo("5 minutes");
    }

    @Test
    void differentlyTypedFormsOfOneUsernameShareACount() {
        assertThat(SignInGate.accountKey(" Chief ")).isEqualTo(SignInGate.accountKey("chief"))
                .isEqualTo(SignInGate.accountKey("\uFF23hief")) // a full-width C
                .isNotEqualTo(SignInGate.accountKey("chief2"));
        assertThat(SignInGate.accountKey("chief")).hasSizeLessThanOrEqualTo(80).doesNotContain("chief");
    }

    /**
     * The account's own check reads "chief" followed by control characters as "chief": so must the
     * throttle, or each variant would get five free guesses at chief's password (found in review).
     */
    @Test
    void controlCharactersAroundAUsernameGetNoFreeTriesOfTheirOwn() {
        for (String variant : new String[] {"chief\u0001", "chief\u0001\u0002", "\u0000chief", "chief\t", "chief\u001F "}) {
            assertThat(SignInGate.accountKey(variant)).as("%s", variant.codePoints().boxed().toList())
                    .isEqualTo(SignInGate.accountKey("chief"));
        }
    }

    /** Guesses made by trying again the moment each wait is over, starting at zero. */
    private static int guessesWithin(SignInThrottle rule, Duration window) {
        Duration elapsed = Duration.ZERO;
        int guesses = 0;
        while (elapsed.compareTo(window) <= 0) {
            guesses++;
            elapsed = elapsed.plus(rule.waitAfter(guesses));
        }
        return guesses;
    }
}
