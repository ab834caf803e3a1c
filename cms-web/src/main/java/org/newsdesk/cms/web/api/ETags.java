package org.newsdesk.cms.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as entity tags: {@code "7"} is version 7 of an article, section or author. A change
 * sends the tag it last read as {@code If-Match}; the service compares the version, so a change
 * made in between is refused (412) and never overwritten.
 */
final class ETags {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version {@code If-Match} names: 428 without one, 412 for a tag that is no version of ours. */
    static long required(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiRefusal.preconditionRequired();
        }
        Matcher matcher = VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            // "*" or a list: only the exact version read may change it
            throw new ApiRefusal(Problem.of(412, "stale-version", "Precondition failed",
                    "If-Match must be the one ETag you last read, such as \"7\"."));
        }
        return Long.parseLong(matcher.group(1));
    }
}
