package org.newsdesk.cms.publish.page;

import java.util.List;
import org.newsdesk.cms.search.StoryHit;

/**
 * Readers' search page: the form as they filled it in, what it found and where to go next.
 *
 * @param query      the words as typed (empty before anything was asked)
 * @param section    the chosen section's path, empty for all
 * @param sections   every section the form offers, by path
 * @param problems   what was wrong with a date, by field ({@code from}, {@code to})
 * @param total      how many stories were found
 * @param exact      false when more were found than {@code total}, which is then a lower bound
 * @param suggestion the query with a misspelling put right, with its address, or null
 */
public record SearchView(String query, String section, String from, String to, List<SectionChoice> sections,
                         List<Problem> problems, List<Result> results, long total, boolean exact, Pagination pages,
                         Link suggestion) {

    /** "1 story found", "12 stories found", "More than 1,000 stories found". */
    public String found() {
        if (total == 0) {
            return "No stories found";
        }
        if (!exact) {
            return String.format(java.util.Locale.US, "More than %,d stories found", total);
        }
        return total == 1 ? "1 story found" : String.format(java.util.Locale.US, "%,d stories found", total);
    }

    public boolean asked() {
        return !query.isBlank();
    }

    public String problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).findFirst().orElse(null);
    }

    /** A section the search can be limited to; sub-sections indented by their depth in {@code label}. */
    public record SectionChoice(String path, String label) {
    }

    public record Problem(String field, String message) {
    }

    /** A story found, as a teaser, with the fragment of its body where the words were found. */
    public record Result(Teaser teaser, List<StoryHit.Piece> fragment) {
    }
}
