package org.newsdesk.cms.publish.page;

import java.time.Instant;
import java.util.Optional;
import org.newsdesk.cms.article.Article;

/** The times under a headline, for pages, feeds and sitemaps that hold a story's times alone. */
public final class ArticleTimes {

    private ArticleTimes() {
    }

    /**
     * The "Updated:" time readers are shown, by {@link Article#shownUpdate()}'s rule: the rule lives
     * on the article, and a page that holds only the times asks it here.
     */
    public static Optional<Instant> shownUpdate(Instant firstPublished, Instant displayedUpdated) {
        return Article.shownUpdate(firstPublished, displayedUpdated);
    }
}
