package org.newsdesk.cms.persistence;

/**
 * LIKE patterns for words typed into a filter, used with {@code ESCAPE '\'}: what was typed matches
 * literally, so a {@code %} or {@code _} in it is not a wildcard.
 */
final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches any text that contains {@code typed} as it is. */
    static String containing(String typed) {
        return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
