package org.newsdesk.cms.publish.page;

/**
 * What every page's {@code <head>} says about it.
 *
 * @param title       the page's own title; the layout adds the site's name
 * @param description meta description (an article's dek), may be null
 * @param canonical   absolute URL, null on pages that have none (404, 410, previews)
 * @param noindex     keep search engines out (previews, error pages)
 * @param prev        absolute URL of the previous page of a list, or null
 * @param next        absolute URL of the next page of a list, or null
 * @param rss         absolute URL of the page's RSS feed
 * @param atom        absolute URL of the page's Atom feed
 */
public record PageHead(String title, String description, String canonical, boolean noindex, String prev, String next,
                       String rss, String atom) {

    public static PageHead of(String title, String description, String canonical, String rss, String atom) {
        return new PageHead(title, description, canonical, false, null, null, rss, atom);
    }

    public PageHead paged(String prev, String next) {
        return new PageHead(title, description, canonical, noindex, prev, next, rss, atom);
    }

    public PageHead unindexed() {
        return new PageHead(title, description, canonical, true, prev, next, rss, atom);
    }
}
