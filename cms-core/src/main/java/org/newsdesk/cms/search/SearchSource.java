package org.newsdesk.cms.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where the index reads articles from: the database, the truth. */
public interface SearchSource {

    /** The articles with these ids. */
    List<IndexedArticle> articles(Collection<Long> ids);

    /** Up to {@code limit} articles with an id above {@code afterId}, by id: a rebuild, a batch at a time. */
    List<IndexedArticle> articlesAfter(long afterId, int limit);

    /**
     * Ids and versions of articles changed after ({@code since}, {@code afterId}) in the order of
     * (time of change, id), oldest first, at most {@code limit}: one page after another.
     */
    List<Changed> changedSince(Instant since, long afterId, int limit);

    long count();

    /** An article's id, version and time of change. */
    record Changed(long id, long version, Instant modifiedAt) {
    }
}
