package org.newsdesk.cms.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of a reader's search.
 *
 * @param total      how many stories match in all (at most {@link #MAXIMUM_PAGES} pages are shown)
 * @param exact      false when more stories match than {@code total}, which is then a lower bound
 * @param suggestion the query with a misspelled word put right, when the index knows a close word
 */
public record StoryResults(List<StoryHit> hits, long total, boolean exact, int page, int pageSize, Optional<String> suggestion) {

    /** Nobody reads the 101st page of results; a page beyond this (or beyond the last) is not there. */
    public static final int MAXIMUM_PAGES = 100;

    public StoryResults {
        hits = List.copyOf(hits);
    }

    public int pageCount() {
        return (int) Math.min(MAXIMUM_PAGES, Math.max(1, (total + pageSize - 1) / pageSize));
    }

    /** Whether the page asked for exists: the first always does, even when nothing matched. */
    public boolean pageExists() {
        return page <= pageCount();
    }
}
