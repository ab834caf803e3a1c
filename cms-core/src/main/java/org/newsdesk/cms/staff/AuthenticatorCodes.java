package org.newsdesk.cms.staff;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The codes an authenticator app shows (RFC 6238 TOTP as Google Authenticator, 1Password, Authy
 * and the rest use it): 6 digits, a new one every 30 seconds, HMAC-SHA-1, from a 160-bit secret
 * given to the app as base32. The codes themselves come from java-otp (RFC 6238 checked against the
 * RFC's own test vectors, see AuthenticatorCodesTest); this class adds what a sign-in needs: the
 * code of the step before and after is accepted too (the phone's clock may be off by a little), and
 * never a step at or before the last one used.
 */
public final class AuthenticatorCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthenticatorCodes() {
    }

    /** A new random secret, as base32 without padding (what apps and otpauth URIs take). */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The 30-second step {@code at} falls in, counted from the Unix epoch. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code for one step, with its leading zeros. */
    public static String codeAt(String secret, long step) {
        return code(secret, Instant.ofEpochSecond(step * STEP.getSeconds()), DIGITS);
    }

    static String code(String secret, Instant at, int digits) {
        try {
            // a generator per call: cheap, and no shared Mac between request threads
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, ALGORITHM);
            return generator.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), ALGORITHM), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored authenticator secret is not a key", e);
        }
    }

    /**
     * The step whose code was typed, looking one step either side of {@code now}; empty when none
     * matches or the match is not later than {@code lastUsedStep} (a code is good once).
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, Long lastUsedStep) {
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && java.security.MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether {@code typed} looks like an authenticator code rather than a recovery code. */
    public static boolean looksLikeCode(String typed) {
        return typed != null && typed.replaceAll("\\s", "").matches("\\d{" + DIGITS + "}");
    }

    /**
     * The {@code otpauth://} address an app reads from the QR code (the Key URI format Google
     * Authenticator defined, which every app follows): the issuer and the username label the entry.
     */
    public static String uri(String issuer, String username, String secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
