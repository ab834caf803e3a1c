package org.newsdesk.cms.publish.cache;

import java.util.Optional;
import org.newsdesk.cms.publish.url.PublicPath;

/**
 * Which cache group a public address's page belongs to: what must be evicted together when a
 * story changes. Read from the address alone, so a cached page is found without asking the
 * database.
 *
 * <ul>
 * <li>{@code path:/politics/2021/12/15/budget}: one article address (live, moved or gone);</li>
 * <li>{@code section:/politics/}: a section front, all its pages, and its two feeds;</li>
 * <li>{@code author:ada}: an author's pages;</li>
 * <li>{@code home}, {@code feeds} (site-wide RSS and Atom), {@code sitemaps} (index, article and
 * news sitemaps, robots.txt), {@code search} (readers' search pages).</li>
 * </ul>
 *
 * <p>{@code banner} has no pages of its own: its generation is part of the key of every page that
 * shows the breaking-news banner, so a banner change evicts that one group, not every page's.
 */
public final class CacheGroups {

    public static final String HOME = "home";
    public static final String FEEDS = "feeds";
    public static final String SITEMAPS = "sitemaps";
    /** Readers' search pages: every one of them may change with any story. */
    public static final String SEARCH = "search";
    /** The public read API's answers about stories (web {@code api}): any story's change may change them. */
    public static final String PUBLIC_API = "public-api";
    /** The breaking-news banner, shown on every public page: see the class comment. */
    public static final String BANNER = "banner";

    private CacheGroups() {
    }

    /** The group of the page at {@code address}; empty for the redirects of addresses without their slash, not worth keeping. */
    public static Optional<String> of(PublicPath address) {
        if (address instanceof PublicPath.Home) {
            return Optional.of(HOME);
        }
        if (address instanceof PublicPath.SiteFeed) {
            return Optional.of(FEEDS);
        }
        if (address instanceof PublicPath.SitemapIndex || address instanceof PublicPath.ArticleSitemap
                || address instanceof PublicPath.NewsSitemap || address instanceof PublicPath.Robots) {
            return Optional.of(SITEMAPS);
        }
        if (address instanceof PublicPath.Search) {
            return Optional.of(SEARCH);
        }
        if (address instanceof PublicPath.Article) {
            return Optional.of(articlePath(address.path()));
        }
        if (address instanceof PublicPath.SectionFront front) {
            return Optional.of(section(front.sectionPath()));
        }
        if (address instanceof PublicPath.SectionFeed feed) {
            return Optional.of(section(feed.sectionPath()));
        }
        if (address instanceof PublicPath.AuthorPage author) {
            return Optional.of(author(author.slug()));
        }
        return Optional.empty();
    }

    public static String articlePath(String path) {
        return "path:" + path;
    }

    /** @param sectionPath the section's path, {@code politics/elections} */
    public static String section(String sectionPath) {
        return "section:/" + sectionPath + "/";
    }

    public static String author(String slug) {
        return "author:" + slug;
    }
}
