package org.newsdesk.cms.publish.url;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The one place public URLs are made; everything readers, feeds and sitemaps link to comes from
 * here, as a path below the site's root. {@link SiteBase#absolute(String)} makes it absolute.
 *
 * <ul>
 * <li>article: {@code /{section path}/{yyyy}/{mm}/{dd}/{slug}}, its live section and slug and the
 * date of its first publication in the publication's zone, so an update never moves it;</li>
 * <li>section front {@code /{section path}/}, page n {@code ?page=n}; its feeds
 * {@code /{section path}/feed.xml} (RSS 2.0) and {@code /{section path}/atom.xml} (Atom);</li>
 * <li>author page {@code /authors/{slug}/}, page n {@code ?page=n};</li>
 * <li>site feeds {@code /feed.xml} and {@code /atom.xml}; sitemaps {@code /sitemap.xml} (the index),
 * {@code /sitemaps/articles-{n}.xml}, {@code /news-sitemap.xml}; {@code /robots.txt};</li>
 * <li>the stylesheet under {@code /site/}.</li>
 * </ul>
 * Slugs are lower-case letters, digits and hyphens, so no section can be called {@code feed.xml};
 * the first segments the site uses itself are reserved in {@code SectionService}.
 */
@ApplicationScoped
public class PublicUrls {

    public static final String RSS_FILE = "feed.xml";
    public static final String ATOM_FILE = "atom.xml";
    public static final String STYLESHEET = "/site/newsdesk.css";

    private PublicationTime time;

    protected PublicUrls() {
        // for CDI
    }

    @Inject
    public PublicUrls(PublicationTime time) {
        this.time = time;
    }

    /** The path of a published article, or empty when readers cannot see it. */
    public Optional<String> articlePath(Article article) {
        return article.getLiveRevision().flatMap(live -> article.getFirstPublishedAt().map(at -> articlePath(live, at)));
    }

    public String articlePath(Revision live, Instant firstPublishedAt) {
        return articlePath(live.getSection(), live.getSlug(), firstPublishedAt);
    }

    public String articlePath(Section section, String slug, Instant firstPublishedAt) {
        ZonedDateTime date = time.local(firstPublishedAt);
        return "/" + section.path()
                + String.format("/%04d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                + slug;
    }

    public String home() {
        return "/";
    }

    public String section(Section section) {
        return "/" + section.path() + "/";
    }

    public String section(Section section, int page) {
        return paged(section(section), page);
    }

    public String sectionRss(Section section) {
        return section(section) + RSS_FILE;
    }

    public String sectionAtom(Section section) {
        return section(section) + ATOM_FILE;
    }

    public String author(Author author) {
        return "/authors/" + author.getSlug() + "/";
    }

    public String author(Author author, int page) {
        return paged(author(author), page);
    }

    public String rss() {
        return "/" + RSS_FILE;
    }

    public String atom() {
        return "/" + ATOM_FILE;
    }

    public String sitemapIndex() {
        return "/sitemap.xml";
    }

    public String articleSitemap(int page) {
        return "/sitemaps/articles-" + page + ".xml";
    }

    public String newsSitemap() {
        return "/news-sitemap.xml";
    }

    public String robots() {
        return "/robots.txt";
    }

    public String stylesheet() {
        return STYLESHEET;
    }

    /** A shared preview of a draft, opened by its secret token (served by the admin side). */
    public String preview(String token) {
        return "/preview/" + token;
    }

    /** Page 1 is the list's own address: one URL per page, for caches and search engines. */
    private static String paged(String path, int page) {
        return page <= 1 ? path : path + "?page=" + page;
    }
}
