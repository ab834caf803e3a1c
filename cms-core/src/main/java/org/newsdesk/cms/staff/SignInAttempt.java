package org.newsdesk.cms.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone tried to sign in to the admin UI, announced as a CDI event whatever came of it: the
 * audit log records it, and the sign-in throttle counts the refusals.
 *
 * @param username what was typed as the username (trimmed; possibly no account's name)
 * @param address  the client's address, as {@code web.security.ClientAddress} resolves it behind trusted proxies
 */
public record SignInAttempt(String username, Outcome outcome, String address, Instant at) {

    public enum Outcome {
        /** Signed in. */
        SIGNED_IN,
        /** Unknown username, wrong password or a deactivated account: the form says the same for each. */
        REFUSED,
        /** Not even checked: too many recent refusals for this account or address. */
        THROTTLED,
        /** Password right, second factor (an authenticator code or a recovery code) wrong. */
        SECOND_FACTOR_REFUSED
    }

    public SignInAttempt {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(at, "at");
    }
}
