package org.newsdesk.cms.publish.url;

import java.time.LocalDate;

/**
 * Every kind of address the public site answers, as a value: {@link #path()} writes it and
 * {@link PublicUrls#parse} reads it back from a request. One record per kind, so the code that
 * acts on an address (which page answers it, which cache group keeps it) has the whole list in
 * one place, and the layout of the site's URLs is written nowhere else.
 *
 * <p>Lists with pages (section fronts, author pages) carry their page number; page 1 is the list's
 * own address and later pages add {@code ?page=n}: one URL per page, for caches and search engines.
 */
public sealed interface PublicPath {

    /** The first segment of author pages. */
    String AUTHORS = "authors";
    /** The first segment of the article sitemaps. */
    String SITEMAPS = "sitemaps";
    String SITEMAP_INDEX = "sitemap.xml";
    String NEWS_SITEMAP = "news-sitemap.xml";
    String ROBOTS = "robots.txt";

    /** The path below the site's root, with {@code ?page=n} for a list's page after the first. */
    String path();

    /** The two feed formats, each a file of the site or of a section front. */
    enum Feed {
        RSS("feed.xml"), ATOM("atom.xml");

        private final String file;

        Feed(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    /** {@code /} */
    record Home() implements PublicPath {
        @Override
        public String path() {
            return "/";
        }
    }

    /**
     * {@code /politics/elections/2022/11/08/polls-close}: the story's live section, the day it was
     * first published in the publication's zone (so an update never moves it), its live slug.
     */
    record Article(String sectionPath, LocalDate date, String slug) implements PublicPath {
        @Override
        public String path() {
            // built by hand: String.format cost a cached page view more than its lookup did
            StringBuilder path = new StringBuilder(sectionPath.length() + slug.length() + 16).append('/').append(sectionPath).append('/');
            int year = date.getYear();
            if (year >= 0 && year < 1000) {
                path.append(year < 10 ? "000" : year < 100 ? "00" : "0");
            }
            path.append(year).append('/');
            twoDigits(path, date.getMonthValue()).append('/');
            return twoDigits(path, date.getDayOfMonth()).append('/').append(slug).toString();
        }

        private static StringBuilder twoDigits(StringBuilder path, int value) {
            return (value < 10 ? path.append('0') : path).append(value);
        }
    }

    /** {@code /politics/elections/}, page n {@code ?page=n}: the front of {@code politics/elections}. */
    record SectionFront(String sectionPath, int page) implements PublicPath {
        public SectionFront {
            requireListPage(page);
        }

        @Override
        public String path() {
            return paged("/" + sectionPath + "/", page);
        }
    }

    /** {@code /politics/elections}: a front's address without its slash, which redirects to the front. */
    record SectionWithoutSlash(String sectionPath) implements PublicPath {
        @Override
        public String path() {
            return "/" + sectionPath;
        }
    }

    /** {@code /politics/feed.xml}, {@code /politics/atom.xml}: a section's stories, its sub-sections' included. */
    record SectionFeed(String sectionPath, Feed feed) implements PublicPath {
        @Override
        public String path() {
            return "/" + sectionPath + "/" + feed.file();
        }
    }

    /** {@code /authors/ada-reporter/}, page n {@code ?page=n}. */
    record AuthorPage(String slug, int page) implements PublicPath {
        public AuthorPage {
            requireListPage(page);
        }

        @Override
        public String path() {
            return paged("/" + AUTHORS + "/" + slug + "/", page);
        }
    }

    /** {@code /authors/ada-reporter}: an author page's address without its slash, which redirects to it. */
    record AuthorWithoutSlash(String slug) implements PublicPath {
        @Override
        public String path() {
            return "/" + AUTHORS + "/" + slug;
        }
    }

    /** {@code /feed.xml}, {@code /atom.xml}: the newest stories of the whole site. */
    record SiteFeed(Feed feed) implements PublicPath {
        @Override
        public String path() {
            return "/" + feed.file();
        }
    }

    /** {@code /sitemap.xml}: the index of the article sitemaps. */
    record SitemapIndex() implements PublicPath {
        @Override
        public String path() {
            return "/" + SITEMAP_INDEX;
        }
    }

    /** {@code /sitemaps/articles-2.xml}: the n-th thousand of published stories. */
    record ArticleSitemap(int number) implements PublicPath {
        public ArticleSitemap {
            requireListPage(number);
        }

        @Override
        public String path() {
            return "/" + SITEMAPS + "/articles-" + number + ".xml";
        }
    }

    /** {@code /news-sitemap.xml}: the Google News sitemap. */
    record NewsSitemap() implements PublicPath {
        @Override
        public String path() {
            return "/" + NEWS_SITEMAP;
        }
    }

    /** {@code /robots.txt} */
    record Robots() implements PublicPath {
        @Override
        public String path() {
            return "/" + ROBOTS;
        }
    }

    /**
     * {@code /search?q=council+budget&section=politics&from=2021-01-01&to=2021-12-31&page=2}: readers'
     * search. Every parameter is optional and kept as typed (the query cut to its maximum length);
     * what they mean is for the page to read.
     */
    record Search(String query, String section, String from, String to, int page) implements PublicPath {

        public static final String PATH = "/search";

        public Search {
            query = given(query, org.newsdesk.cms.search.QueryText.MAXIMUM_LENGTH);
            section = given(section, 200);
            from = given(from, 40);
            to = given(to, 40);
            requireListPage(page);
        }

        private static String given(String value, int maximum) {
            if (value == null || value.isBlank()) {
                return "";
            }
            String stripped = value.strip();
            return stripped.length() > maximum ? stripped.substring(0, maximum) : stripped;
        }

        public Search onPage(int other) {
            return new Search(query, section, from, to, other);
        }

        @Override
        public String path() {
            StringBuilder path = new StringBuilder(PATH).append("?q=").append(encode(query));
            if (!section.isEmpty()) {
                path.append("&section=").append(encode(section));
            }
            if (!from.isEmpty()) {
                path.append("&from=").append(encode(from));
            }
            if (!to.isEmpty()) {
                path.append("&to=").append(encode(to));
            }
            if (page != 1) {
                path.append("&page=").append(page);
            }
            return path.toString();
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String paged(String path, int page) {
        return page == 1 ? path : path + "?page=" + page;
    }

    /** Numbering starts at 1, so that every page has exactly one address. */
    private static void requireListPage(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1, not " + number);
        }
    }
}
