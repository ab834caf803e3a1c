package org.newsdesk.cms.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as entity tags: {@code "7"} is version 7 of an article, section or author. A change
 * sends the tag it last read as {@code If-Match}; the service compares the version, so a change
 * made in between is refused (412) and never overwritten.
 */
final class ETags {

    private static final Pattern VERSION = Pattern.compile("^\"(\\d{1,18})\"$");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version {@code If-Match} names: 428 without one, 412 for a tag that is no version of ours. */
    static long required(HttpHeaders headers) {
        return required(headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    /**
     * If-Match compares strongly (RFC 9110 13.1.1): a weak tag ({@code W/"7"}) never matches, so
     * it is refused like any tag that is no version.
     */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiRefusal.preconditionRequired();
        }
        OptionalLong version = versionIn(ifMatch);
        if (version.isEmpty()) {
            // "*", a list or a weak tag: only the exact version read may change it
            throw new ApiRefusal(Problem.of(412, "stale-version", "Precondition failed",
                    "If-Match must be the one ETag you last read, such as \"7\"."));
        }
        return version.getAsLong();
    }

    /** The version a strong tag names; empty for anything else. */
    static OptionalLong versionIn(String tag) {
        Matcher matcher = VERSION.matcher(tag.strip());
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
