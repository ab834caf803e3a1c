package org.newsdesk.cms.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.text.Characters;

/**
 * A story's keywords: the words search engines and news aggregators read in its JSON-LD and the
 * news sitemap (WordPress's tags become them on import). Editors type them comma-separated; each
 * is trimmed, inner runs of spaces become one, empty ones are dropped and a repeat (ignoring case)
 * is dropped, the first spelling kept. So a keyword never holds a comma, and the list is stored as
 * one text joined with ", " (in the draft and in every revision, so it is versioned like the dek).
 */
public final class Keywords {

    public static final int COUNT_MAXIMUM = 20;
    public static final int LENGTH_MAXIMUM = 50;
    private static final String SEPARATOR = ", ";

    private Keywords() {
    }

    /** The keywords of a comma-separated text as typed; none for null or blank. */
    public static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return tidy(List.of(typed.split(",", -1)));
    }

    /** Each cleaned and trimmed, blanks and repeats (ignoring case) dropped, the order kept. A keyword given with a comma splits there. */
    public static List<String> tidy(List<String> given) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String each : given) {
            if (each == null) {
                continue;
            }
            for (String part : each.split(",", -1)) {
                String keyword = Characters.field(part).replaceAll("\\s+", " ");
                if (!keyword.isEmpty()) {
                    kept.putIfAbsent(keyword.toLowerCase(Locale.ROOT), keyword);
                }
            }
        }
        return List.copyOf(kept.values());
    }

    /** What is wrong with these (tidied) keywords, worded for the editor's field, or empty. */
    public static Optional<String> problemWith(List<String> keywords) {
        if (keywords.size() > COUNT_MAXIMUM) {
            return Optional.of("A story can have at most " + COUNT_MAXIMUM + " keywords; this one has " + keywords.size() + ".");
        }
        List<String> tooLong = new ArrayList<>();
        for (String keyword : keywords) {
            if (keyword.length() > LENGTH_MAXIMUM) {
                tooLong.add("\u201c" + (keyword.length() > 30 ? keyword.substring(0, 29) + "\u2026" : keyword) + "\u201d");
            }
        }
        if (!tooLong.isEmpty()) {
            return Optional.of("A keyword can have at most " + LENGTH_MAXIMUM + " characters; shorten " + String.join(", ", tooLong)
                    + ".");
        }
        return Optional.empty();
    }

    /** The stored form: joined with ", "; null for none. */
    public static String join(List<String> keywords) {
        return keywords == null || keywords.isEmpty() ? null : String.join(SEPARATOR, keywords);
    }

    /** The keywords of a stored text (as {@link #join} wrote it). */
    public static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<String> keywords = new ArrayList<>();
        for (String keyword : stored.split(",")) {
            if (!keyword.isBlank()) {
                keywords.add(keyword.strip());
            }
        }
        return List.copyOf(keywords);
    }
}
