package org.newsdesk.cms.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.html.BodySanitizer;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.slug.Slugs;
import org.newsdesk.cms.text.Characters;

/**
 * What an editor submits when saving an article: the editable fields as typed, before the service
 * resolves the section and authors and sanitizes the body. A blank slug means "make one from the
 * headline".
 *
 * @param note an optional word about this revision ("tightened the top"), shown in the history
 * @param keywords the story's keywords, tidied ({@link Keywords#tidy}); null when the sender did not
 *                 give any (a client that predates them): the story keeps the ones it has
 */
public record ArticleDraft(String headline, String dek, String body, Long sectionId, List<Long> bylineAuthorIds,
                           String slug, String note, List<String> keywords) {

    /** A draft that leaves the story's keywords as they are. */
    public ArticleDraft(String headline, String dek, String body, Long sectionId, List<Long> bylineAuthorIds, String slug,
                        String note) {
        this(headline, dek, body, sectionId, bylineAuthorIds, slug, note, null);
    }

    public static final int HEADLINE_MAXIMUM = 200;
    public static final int DEK_MAXIMUM = 400;
    public static final int BODY_MAXIMUM = 1_000_000;
    public static final int NOTE_MAXIMUM = 500;
    /** More bylines than any story has: an autosave keeps at most this many (a save checks each author instead). */
    public static final int BYLINES_KEPT_MAXIMUM = 100;

    /**
     * Every text is kept as {@link Characters#clean} keeps it: what is stored is what feeds and
     * pages can carry. The body is HTML, so its markup is kept whole ({@link BodySanitizer#keptCharacters}).
     */
    public ArticleDraft {
        headline = Characters.field(headline);
        dek = Characters.field(dek);
        body = body == null ? "" : BodySanitizer.keptCharacters(body);
        slug = Characters.field(slug);
        note = Characters.field(note);
        bylineAuthorIds = bylineAuthorIds == null ? List.of() : List.copyOf(bylineAuthorIds);
        keywords = keywords == null ? null : Keywords.tidy(keywords);
    }

    /** The keywords this draft saves: its own, or where it gives none the story's current ones. */
    public List<String> keywordsOr(List<String> current) {
        return keywords == null ? current : keywords;
    }

    /** Every problem with the fields as typed, in the order the editor's form shows them. */
    public List<FieldProblem> problems() {
        return problems(true);
    }

    /**
     * Only the fields too long to keep, as a save words them: what an autosave of a half-written
     * story (no headline yet, no section chosen) must still refuse.
     */
    public List<FieldProblem> lengthProblems() {
        return problems(false);
    }

    private List<FieldProblem> problems(boolean whole) {
        List<FieldProblem> problems = new ArrayList<>();
        if (headline.isEmpty()) {
            if (whole) {
                problems.add(new FieldProblem("headline", "Enter a headline."));
            }
        } else if (headline.length() > HEADLINE_MAXIMUM) {
            problems.add(new FieldProblem("headline",
                    "The headline can have at most " + HEADLINE_MAXIMUM + " characters; it has " + headline.length() + "."));
        }
        if (dek.length() > DEK_MAXIMUM) {
            problems.add(new FieldProblem("dek",
                    "The dek can have at most " + DEK_MAXIMUM + " characters; it has " + dek.length() + "."));
        }
        if (keywords != null) {
            Keywords.problemWith(keywords).ifPresent(problem -> problems.add(new FieldProblem("keywords", problem)));
        }
        if (whole && sectionId == null) {
            problems.add(new FieldProblem("section", "Choose a section."));
        }
        if (whole && bylineAuthorIds.isEmpty()) {
            problems.add(new FieldProblem("bylines", "Add at least one byline."));
        } else if (whole && bylineAuthorIds.stream().distinct().count() < bylineAuthorIds.size()) {
            problems.add(new FieldProblem("bylines", "Each author can appear only once in the bylines."));
        } else if (!whole && bylineAuthorIds.size() > BYLINES_KEPT_MAXIMUM) {
            problems.add(new FieldProblem("bylines", "Autosave keeps at most " + BYLINES_KEPT_MAXIMUM + " bylines; remove some."));
        }
        if (whole && !slug.isEmpty()) {
            Slugs.problemWith(slug).ifPresent(problem -> problems.add(new FieldProblem("slug", problem)));
        } else if (!whole && slug.length() > Slugs.MAXIMUM_LENGTH) {
            Slugs.problemWith(slug).ifPresent(problem -> problems.add(new FieldProblem("slug", problem)));
        }
        if (isBodyTooLong()) {
            problems.add(new FieldProblem("body", String.format(Locale.ROOT, "The body is too long to save: a story can have at most "
                    + "%,d characters, and this one has %,d. It is not shown again here; keep your own copy.",
                    BODY_MAXIMUM, body.length())));
        }
        if (note.length() > NOTE_MAXIMUM) {
            problems.add(new FieldProblem("note", "A revision note can have at most " + NOTE_MAXIMUM + " characters."));
        }
        return problems;
    }

    /**
     * The body as it is stored: sanitized. A body already too long as typed is not cleaned at all
     * (cleaning a megabyte of nested tags takes seconds, and the answer would be the same): it
     * comes back empty, its problem being in {@link #problems()}. Cleaning escapes characters
     * ({@code &} becomes {@code &amp;}), so a body may be too long only once cleaned: that problem
     * is added to {@code problems}.
     */
    public String storedBody(List<FieldProblem> problems) {
        if (isBodyTooLong()) {
            return "";
        }
        if (BodySanitizer.hasPictureWithoutAlt(body)) {
            // cleaning drops it: say so rather than lose it unnoticed
            problems.add(new FieldProblem("body", "A picture in the body has no alt text. Add alt=\"\u2026\" saying what it shows"
                    + " (alt=\"\" only for a decoration), or insert it from the media library, where every picture has one."));
        }
        String cleaned = BodySanitizer.clean(body);
        if (cleaned.length() > BODY_MAXIMUM) {
            problems.add(new FieldProblem("body", "The body is too long to save."));
        }
        return cleaned;
    }

    /** Longer than any story as typed, before cleaning; such a body is neither cleaned nor shown again. */
    public boolean isBodyTooLong() {
        return body.length() > BODY_MAXIMUM;
    }

    /**
     * Whether saving this draft would change the article's working draft: an action other than
     * "Save draft" saves first only when something was changed, so pressing "Publish" on an
     * untouched form adds no empty revision.
     */
    public boolean wouldChange(Article article) {
        ArticleContent current = article.draftContent();
        return !headline.equals(current.headline())
                || !dek.equals(Objects.toString(current.dek(), ""))
                || keywords != null && !keywords.equals(current.keywords())
                || changesBody(Objects.toString(current.body(), ""))
                || !Objects.equals(sectionId, current.section().getId())
                || !bylineAuthorIds.equals(current.bylines().stream().map(Author::getId).toList())
                || !(slug.isEmpty() || slug.equals(current.slug()))
                || !note.isEmpty();
    }

    /**
     * An untouched form sends the stored body back as it is, so the common case needs no
     * sanitizing; a body that differs is compared as it would be stored.
     */
    private boolean changesBody(String stored) {
        return !body.equals(stored) && (isBodyTooLong() || !BodySanitizer.clean(body).equals(stored));
    }
}
