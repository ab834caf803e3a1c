package org.newsdesk.cms.article;

import java.util.List;

/**
 * One page of an article list. It knows whether a next page exists but not how many pages there
 * are: counting every match of a filter over a large archive costs more than the page itself.
 *
 * @param number 1 for the first page
 */
public record ArticlePage(List<ArticleSummary> articles, int number, boolean hasNext) {

    public ArticlePage {
        articles = List.copyOf(articles);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
