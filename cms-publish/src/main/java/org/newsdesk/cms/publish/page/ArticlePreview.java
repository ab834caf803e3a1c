package org.newsdesk.cms.publish.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.time.PublicationTime;

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
    SectionRepository sections;

    @Inject
    PublicUrls urls;

    @Inject
    PublicationTime time;

    @Inject
    @ConfigProperty(name = "cms.site.name", defaultValue = "Newsdesk")
    String siteName;

    /**
     * The complete HTML page previewing {@code article}'s working draft.
     *
     * @param article  any article, published or not
     * @param siteBase the public site's root, e.g. {@code https://news.example.com} (no trailing
     *                 slash needed); use the configured site URL or the request's scheme and host
     */
    public String render(Article article, String siteBase) {
        RenderContext site = new RenderContext(siteName, new SiteBase(siteBase), new SectionTree(sections.all()), urls, time);
        return pages.renderPreview(article, site);
    }
}
