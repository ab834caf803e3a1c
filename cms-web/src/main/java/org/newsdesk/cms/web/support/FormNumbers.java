package org.newsdesk.cms.web.support;

/**
 * Numbers that forms send back as text: ids of chosen options and the version a page was loaded
 * with. A crafted or garbled value never becomes a 400 page; it reads as "nothing that exists".
 */
public final class FormNumbers {

    /** Matches no stored row: ids and versions are never negative. */
    public static final long NONE = -1;

    private FormNumbers() {
    }

    /** The chosen id; null when the choice was empty (e.g. "top level"); {@link #NONE} when garbled. */
    public static Long idOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value);
    }

    /** The version the form was loaded with; {@link #NONE} (so: stale) when missing or garbled. */
    public static long version(String value) {
        return value == null ? NONE : parse(value);
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
