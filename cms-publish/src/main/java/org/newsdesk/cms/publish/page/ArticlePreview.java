package org.newsdesk.cms.publish.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.publish.url.SiteBase;

/**
 * Renders an article's <em>working draft</em> (its own headline, dek, body, section and bylines,
 * not the live revision) with the public article template, for editors to see a story as readers
 * will before it goes live. For the admin UI's preview links.
 *
 * <p>The page is marked as a preview with a banner, carries {@code <meta name="robots"
 * content="noindex">}, has no canonical link or structured data, and is never put in the page
 * cache. Times: the story's first publication time when it has one, else "Not yet published"; the
 * "Updated:" line follows the same rule as the live page. The caller sends the result as
 * {@code text/html;charset=UTF-8} with {@code Cache-Control: private, no-store}.
 *
 * <p>Call it where the article's bylines and section can still be loaded (in the request that read
 * the article); links on the page (section, authors, stylesheet) are absolute from
 * {@code siteBase}.
 */
@ApplicationScoped
public class ArticlePreview {

    @Inject
    ArticlePages pages;

    @Inject
    RenderContexts contexts;

    /**
     * The complete HTML page previewing {@code article}'s working draft.
     *
     * @param article  any article, published or not
     * @param siteBase the public site's root, e.g. {@code https://news.example.com} (no trailing
     *                 slash needed); use the configured site URL or the request's scheme and host
     */
    public String render(Article article, String siteBase) {
        return pages.renderPreview(article, contexts.at(new SiteBase(siteBase)));
    }
}
