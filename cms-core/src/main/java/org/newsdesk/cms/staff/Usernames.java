package org.newsdesk.cms.staff;

import java.util.regex.Pattern;

/**
 * What a typed username is taken to be, in one place: the account's own check, the sign-in throttle
 * and the account form all read it the same way, so no variant of a name (a control character
 * typed after it, say) is another account to the throttle but the same one to the password check.
 */
public final class Usernames {

    /** 2 to 64 letters, digits, dots, hyphens or underscores: nothing a database or a log chokes on. */
    static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    private Usernames() {
    }

    /** As typed, without what surrounds it: spaces and every control character at either end. */
    public static String typed(String raw) {
        return raw == null ? "" : raw.trim().strip();
    }

    /** Whether {@code name} (as {@link #typed} gives it) can be an account's username at all. */
    public static boolean wellFormed(String name) {
        return SHAPE.matcher(name).matches();
    }
}
