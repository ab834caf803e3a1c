package org.newsdesk.cms.slug;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/**
 * URL slugs of stories, sections and authors: made from headlines and names, checked when typed,
 * unique where they must be ({@link #choose}, the one rule all three follow).
 */
public final class Slugs {

    /** The name forms give the slug field, at which its problems are shown. */
    public static final String FIELD = "slug";

    public static final int MAXIMUM_LENGTH = 80;

    /**
     * What a slug looks like: lower-case letters and digits, single hyphens between them. The
     * public site reads addresses with this same shape.
     */
    public static final String SHAPE = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern VALID = Pattern.compile(SHAPE);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    /**
     * Latin letters that are not a base letter plus an accent, so Unicode decomposition leaves
     * them alone: spelled out the way their languages do in plain ASCII.
     */
    private static final Map<String, String> SPELLED_OUT = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("ł", "l"), Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"),
            Map.entry("ı", "i"));

    private Slugs() {
    }

    /**
     * "Senate Passes the Budget — at Last" becomes {@code senate-passes-the-budget-at-last}: accents
     * dropped, apostrophes closed up, anything else a hyphen, cut at a word boundary.
     */
    public static String fromHeadline(String headline) {
        String text = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD);
        text = COMBINING_MARKS.matcher(text).replaceAll("");
        text = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        for (Map.Entry<String, String> letter : SPELLED_OUT.entrySet()) {
            text = text.replace(letter.getKey(), letter.getValue());
        }
        text = NOT_SLUG.matcher(text).replaceAll("-");
        text = trimHyphens(text);
        if (text.length() > MAXIMUM_LENGTH) {
            int cut = text.lastIndexOf('-', MAXIMUM_LENGTH);
            text = trimHyphens(text.substring(0, cut > 0 ? cut : MAXIMUM_LENGTH));
        }
        return text.isEmpty() ? "story" : text;
    }

    /**
     * The slug itself when free, else the first free of {@code slug-2}, {@code slug-3}, ...
     * {@code taken} answers whether a candidate is in use where the slug must be unique.
     */
    public static String unique(String slug, Predicate<String> taken) {
        if (!taken.test(slug)) {
            return slug;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = slug.length() + suffix.length() > MAXIMUM_LENGTH
                    ? trimHyphens(slug.substring(0, MAXIMUM_LENGTH - suffix.length()))
                    : slug;
            String candidate = base + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Why a typed slug cannot be used, or empty when it can. */
    public static Optional<String> problemWith(String slug) {
        if (slug == null || slug.isEmpty()) {
            return Optional.of("A slug cannot be empty.");
        }
        if (slug.length() > MAXIMUM_LENGTH) {
            return Optional.of("A slug can have at most " + MAXIMUM_LENGTH + " characters.");
        }
        if (!VALID.matcher(slug).matches()) {
            return Optional.of("A slug has lower-case letters and digits, separated by single hyphens.");
        }
        return Optional.empty();
    }

    /**
     * The slug rule: the slug typed, or else one made from the name; well formed; free in its
     * scope. A problem goes on the slug field, unless that field has one already (one message per
     * field: a typed slug a draft's own checks found malformed is not refused twice).
     *
     * @param typed what the editor typed in the slug field; blank for "make one from the name"
     * @param name  the headline or name a slug is made from
     * @return the slug to use; empty when there is a problem, or when there is neither a slug nor
     *         a name to make one from (the name's own problem says enough)
     */
    public static Optional<String> choose(String typed, String name, SlugScope scope, List<FieldProblem> problems) {
        boolean isTyped = typed != null && !typed.isBlank();
        String cleanName = name == null ? "" : name.strip();
        if (!isTyped && cleanName.isEmpty()) {
            return Optional.empty();
        }
        String slug = isTyped ? typed.strip() : fromHeadline(cleanName);
        boolean numbered = !isTyped && scope.numbersMadeSlugs();
        Optional<String> problem = problemWith(slug)
                .or(() -> scope.refusal(slug, isTyped))
                .or(() -> numbered ? Optional.empty() : scope.holderOf(slug).map(holder -> holder
                        + " already uses the slug \u201c" + slug + "\u201d." + (isTyped ? "" : " Type a slug of your own.")));
        if (problem.isPresent()) {
            if (problems.stream().noneMatch(p -> p.field().equals(FIELD))) {
                problems.add(new FieldProblem(FIELD, problem.get()));
            }
            return Optional.empty();
        }
        return Optional.of(numbered ? unique(slug, candidate -> scope.holderOf(candidate).isPresent()) : slug);
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
