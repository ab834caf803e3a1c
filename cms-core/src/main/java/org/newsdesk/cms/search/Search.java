package org.newsdesk.cms.search;

import java.util.List;
import org.newsdesk.cms.article.ArticleWords;

/**
 * Finding stories by their words, for readers and for the newsroom. Implementations keep their own
 * copy of what they search and learn of changes through {@link #index}; the database stays the
 * truth, and {@link #rebuild} makes the copy again from it.
 *
 * <p>Today: {@link LuceneSearch}, an index in every instance. A search cluster (OpenSearch) would be
 * another implementation of this interface, and nothing that searches would change.
 */
public interface Search extends ArticleWords {

    /** Readers' search: live revisions of published stories only, best first, recent ones ahead. */
    StoryResults findStories(StoryQuery query);

    /**
     * The newsroom's search ({@link ArticleWords}): articles whose working draft or live revision
     * (headline, dek, body) matches the filter's words, with the list's other filters and order.
     */
    @Override
    List<Long> find(org.newsdesk.cms.article.ArticleFilter filter, int offset, int limit);

    /** Takes in the articles as the database has them now (new, changed, published or taken down). */
    void index(List<IndexedArticle> articles);

    /**
     * Takes in many articles at once (a rebuild): the same as {@link #index}, but searches may see
     * them a little later (within a second or so) rather than at return, which lets a rebuild
     * write large segments instead of one per batch.
     */
    default void indexInBulk(List<IndexedArticle> articles) {
        index(articles);
    }

    /** How many articles the index holds. */
    long size();

    /** The latest change the index has taken in from the database, kept across restarts; null when none. */
    java.time.Instant lastChange();

    /** Makes what was indexed survive a restart, with the latest change taken in. */
    void commit(java.time.Instant lastChange);

    /** Forgets every article, before a rebuild from the database. */
    void clear();
}
