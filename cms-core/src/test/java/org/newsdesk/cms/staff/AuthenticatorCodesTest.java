package org.newsdesk.cms.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Authenticator codes against RFC 6238's own test vectors, and the rules of a sign-in around them. */
class AuthenticatorCodesTest {

    /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:10Z");

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void theRfcTestVectorsForSha1(long unixTime, String expected) {
        assertThat(AuthenticatorCodes.code(RFC_SECRET, Instant.ofEpochSecond(unixTime), 8)).isEqualTo(expected);
        // the apps' six digits are the last six of the same number
        assertThat(AuthenticatorCodes.codeAt(RFC_SECRET, AuthenticatorCodes.stepAt(Instant.ofEpochSecond(unixTime))))
                .isEqualTo(expected.substring(2));
    }

    @Test
    void aCodeFromTheStepBeforeOrAfterIsAcceptedButNotTwoAway() {
        long now = AuthenticatorCodes.stepAt(NOW);
        for (long step = now - 1; step <= now + 1; step++) {
            assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, AuthenticatorCodes.codeAt(RFC_SECRET, step), NOW, null))
                    .hasValue(step);
        }
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, AuthenticatorCodes.codeAt(RFC_SECRET, now - 2), NOW, null)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, AuthenticatorCodes.codeAt(RFC_SECRET, now + 2), NOW, null)).isEmpty();
    }

    @Test
    void aCodeIsGoodOnceAndNoEarlierCodeAfterIt() {
        long now = AuthenticatorCodes.stepAt(NOW);
        String code = AuthenticatorCodes.codeAt(RFC_SECRET, now);
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, code, NOW, now)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, AuthenticatorCodes.codeAt(RFC_SECRET, now - 1), NOW, now)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, AuthenticatorCodes.codeAt(RFC_SECRET, now + 1), NOW, now)).hasValue(now + 1);
    }

    @Test
    void spacesAreForgivenAndAnythingButSixDigitsIsRefused() {
        String code = AuthenticatorCodes.codeAt(RFC_SECRET, AuthenticatorCodes.stepAt(NOW));
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), NOW, null)).isPresent();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "12345", NOW, null)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "abcdef", NOW, null)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, null, NOW, null)).isEmpty();
    }

    @Test
    void aNewSecretIs160RandomBitsInBase32() {
        String secret = AuthenticatorCodes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(AuthenticatorCodes.newSecret());
    }

    @Test
    void theOtpauthUriNamesTheIssuerAndTheAccount() {
        assertThat(AuthenticatorCodes.uri("The Daily Ledger", "ada.reporter", RFC_SECRET)).isEqualTo(
                "otpauth://totp/The%20Daily%20Ledger:ada.reporter?secret=" + RFC_SECRET
                        + "&issuer=The%20Daily%20Ledger&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreComparedWithoutSpacesHyphensOrCase() {
        assertThat(TwoFactorService.normaliseRecoveryCode(" AbCde-fgh23 ")).isEqualTo("abcdefgh23");
    }
}
