package org.newsdesk.cms.search;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A reader's search: the words, optionally only in some sections and between two instants of first
 * publication, and which page of results.
 *
 * @param sectionIds null for every section
 * @param from       first published at or after, or null
 * @param until      first published before, or null
 */
public record StoryQuery(QueryText text, Collection<Long> sectionIds, Instant from, Instant until, int page, int pageSize) {

    public StoryQuery {
        Objects.requireNonNull(text);
        sectionIds = sectionIds == null ? null : Set.copyOf(sectionIds);
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Pages count from 1 and hold at least one story");
        }
    }
}
