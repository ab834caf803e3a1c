package org.newsdesk.cms.staff;

import java.util.Optional;

/**
 * The one rule for staff passwords. Length is what matters (NIST SP 800-63B): at least 12
 * characters, no composition rules that push people to predictable patterns.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("A password needs at least " + MINIMUM_LENGTH + " characters.");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("A password can have at most " + MAXIMUM_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        return Optional.empty();
    }
}
