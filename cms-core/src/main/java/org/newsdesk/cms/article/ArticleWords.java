package org.newsdesk.cms.article;

import java.util.List;

/**
 * Where a list filtered by words ({@link ArticleFilter#headlineText()}) finds its articles: the
 * search index, which reads the headline, dek and text of working drafts and live versions and
 * holds what the list's other filters and orders need, so the table is never scanned for words.
 * The search ({@code org.newsdesk.cms.search.Search}) is it; this package only says what it needs.
 */
public interface ArticleWords {

    /**
     * The ids of the articles whose words match the filter's and that meet its other criteria, in
     * its order, from {@code offset} on, at most {@code limit} of them.
     */
    List<Long> find(ArticleFilter filter, int offset, int limit);
}
