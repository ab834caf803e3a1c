package org.newsdesk.cms.publish.cache;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cache group a public path's page belongs to: what must be evicted together when a story
 * changes. Read from the path alone, so a cached page is found without asking the database.
 *
 * <ul>
 * <li>{@code path:/politics/2021/12/15/budget}: one article address (live, moved or gone);</li>
 * <li>{@code section:/politics/}: a section front, all its pages, and its two feeds;</li>
 * <li>{@code author:ada}: an author's pages;</li>
 * <li>{@code home}, {@code feeds} (site-wide RSS and Atom), {@code sitemaps} (index, article and
 * news sitemaps, robots.txt).</li>
 * </ul>
 */
public final class CacheGroups {

    public static final String HOME = "home";
    public static final String FEEDS = "feeds";
    public static final String SITEMAPS = "sitemaps";

    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern ARTICLE = Pattern.compile("/" + SLUG + "(?:/" + SLUG + ")*/\\d{4}/\\d{2}/\\d{2}/" + SLUG);
    private static final Pattern AUTHOR = Pattern.compile("/authors/(" + SLUG + ")/");
    private static final Pattern SECTION = Pattern.compile("(/" + SLUG + "(?:/" + SLUG + ")*/)(?:feed\\.xml|atom\\.xml)?");

    private CacheGroups() {
    }

    /** The group of the page at {@code path}, or empty for pages not worth keeping (bad page numbers). */
    public static Optional<String> of(String path, Integer page) {
        if (page == null) {
            return Optional.empty();
        }
        switch (path) {
            case "/":
                return Optional.of(HOME);
            case "/feed.xml", "/atom.xml":
                return Optional.of(FEEDS);
            case "/sitemap.xml", "/news-sitemap.xml", "/robots.txt":
                return Optional.of(SITEMAPS);
            default:
                break;
        }
        if (path.startsWith("/sitemaps/")) {
            return Optional.of(SITEMAPS);
        }
        Matcher author = AUTHOR.matcher(path);
        if (author.matches()) {
            return Optional.of(author(author.group(1)));
        }
        if (ARTICLE.matcher(path).matches()) {
            return Optional.of(articlePath(path));
        }
        Matcher section = SECTION.matcher(path);
        if (section.matches()) {
            return Optional.of(section(section.group(1)));
        }
        return Optional.empty();
    }

    public static String articlePath(String path) {
        return "path:" + path;
    }

    /** @param frontPath the front's path, {@code /politics/elections/} */
    public static String section(String frontPath) {
        return "section:" + frontPath;
    }

    public static String author(String slug) {
        return "author:" + slug;
    }
}
