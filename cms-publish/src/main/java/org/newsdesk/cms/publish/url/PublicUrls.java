package org.newsdesk.cms.publish.url;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.publish.url.PublicPath.ArticleSitemap;
import org.newsdesk.cms.publish.url.PublicPath.AuthorPage;
import org.newsdesk.cms.publish.url.PublicPath.AuthorWithoutSlash;
import org.newsdesk.cms.publish.url.PublicPath.Feed;
import org.newsdesk.cms.publish.url.PublicPath.Home;
import org.newsdesk.cms.publish.url.PublicPath.NewsSitemap;
import org.newsdesk.cms.publish.url.PublicPath.Robots;
import org.newsdesk.cms.publish.url.PublicPath.SectionFeed;
import org.newsdesk.cms.publish.url.PublicPath.SectionFront;
import org.newsdesk.cms.publish.url.PublicPath.SectionWithoutSlash;
import org.newsdesk.cms.publish.url.PublicPath.SiteFeed;
import org.newsdesk.cms.publish.url.PublicPath.SitemapIndex;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.slug.Slugs;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The one place public URLs are made and read. It turns domain objects into {@link PublicPath}s
 * (an article's address is its live section and slug and the date of its first publication in
 * the publication's zone) and writes them as paths below the site's root, which
 * {@link SiteBase#absolute(String)} makes absolute; and it reads a request's path back into a
 * {@link PublicPath} ({@link #parse}). Slugs are lower-case letters, digits and hyphens, so no
 * section can be called {@code feed.xml}; the first segments the site, the newsroom and the
 * server use are kept from top-level sections by {@link PathOwner}.
 */
@ApplicationScoped
public class PublicUrls {

    public static final String STYLESHEET = "/site/newsdesk.css";

    private static final String SLUG = Slugs.SHAPE;
    private static final String SECTION_PATH = SLUG + "(?:/" + SLUG + ")*";
    /** A list's page or a sitemap's number: from 1, and small enough never to overflow. */
    private static final String NUMBER = "[1-9][0-9]{0,5}";
    private static final Pattern PAGE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern ARTICLE = Pattern.compile("/(" + SECTION_PATH + ")/(\\d{4})/(\\d{2})/(\\d{2})/(" + SLUG + ")");
    private static final Pattern AUTHOR = Pattern.compile("/" + PublicPath.AUTHORS + "/(" + SLUG + ")(/)?");
    private static final Pattern ARTICLE_SITEMAP = Pattern.compile("/" + PublicPath.SITEMAPS + "/articles-(" + NUMBER + ")\\.xml");
    private static final Pattern SECTION = Pattern.compile("/(" + SECTION_PATH + ")(?:(/)("
            + Arrays.stream(Feed.values()).map(feed -> Pattern.quote(feed.file())).collect(Collectors.joining("|")) + ")?)?");
    /** The addresses that are one file each, by their path. */
    private static final Map<String, PublicPath> FILES = Stream.of(new Home(), new SiteFeed(Feed.RSS), new SiteFeed(Feed.ATOM),
            new SitemapIndex(), new NewsSitemap(), new Robots()).collect(Collectors.toMap(PublicPath::path, path -> path));

    private PublicationTime time;

    protected PublicUrls() {
        // for CDI
    }

    @Inject
    public PublicUrls(PublicationTime time) {
        this.time = time;
    }

    /**
     * The public address a request is for, or empty when the site has no page of that shape (or
     * the page number is not one). The page number is read only by the lists that have pages;
     * other addresses ignore it, except the home page, which has a single page.
     *
     * @param pageParameter the request's {@code page} parameter, null when absent
     */
    public static Optional<PublicPath> parse(String path, String pageParameter) {
        return parseRequest(path, name -> "page".equals(name) ? pageParameter : null);
    }

    /**
     * As {@link #parse(String, String)}, with all of the request's parameters: readers' search
     * ({@code /search}) reads its query and filters from them.
     */
    public static Optional<PublicPath> parseRequest(String path, java.util.function.UnaryOperator<String> parameters) {
        String pageParameter = parameters.apply("page");
        if (pageParameter != null && !PAGE_NUMBER.matcher(pageParameter).matches()) {
            return Optional.empty();
        }
        int page = pageParameter == null ? 1 : Integer.parseInt(pageParameter);
        if (path.equals(PublicPath.Search.PATH)) {
            return Optional.of(new PublicPath.Search(parameters.apply("q"), parameters.apply("section"),
                    parameters.apply("from"), parameters.apply("to"), page));
        }
        PublicPath file = FILES.get(path);
        if (file != null) {
            return file instanceof Home && page != 1 ? Optional.empty() : Optional.of(file);
        }
        Matcher sitemap = ARTICLE_SITEMAP.matcher(path);
        if (sitemap.matches()) {
            return Optional.of(new ArticleSitemap(Integer.parseInt(sitemap.group(1))));
        }
        Matcher author = AUTHOR.matcher(path);
        if (author.matches()) {
            return Optional.of(author.group(2) == null ? new AuthorWithoutSlash(author.group(1)) : new AuthorPage(author.group(1), page));
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            return date(article.group(2), article.group(3), article.group(4))
                    .map(date -> new PublicPath.Article(article.group(1), date, article.group(5)));
        }
        Matcher section = SECTION.matcher(path);
        if (section.matches()) {
            return Optional.of(section(section.group(1), section.group(2) != null, section.group(3), page));
        }
        return Optional.empty();
    }

    /** A day, or empty for digits that are no day (2021/13/45): no story was ever published then. */
    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private static PublicPath section(String sectionPath, boolean slash, String feedFile, int page) {
        if (!slash) {
            return new SectionWithoutSlash(sectionPath);
        }
        if (feedFile == null) {
            return new SectionFront(sectionPath, page);
        }
        return new SectionFeed(sectionPath, Arrays.stream(Feed.values()).filter(feed -> feed.file().equals(feedFile)).findFirst().orElseThrow());
    }

    /** The path of a published article, or empty when readers cannot see it. */
    public Optional<String> articlePath(Article article) {
        return article.getLiveRevision().flatMap(live -> article.getFirstPublishedAt().map(at -> articlePath(live, at)));
    }

    public String articlePath(Revision live, Instant firstPublishedAt) {
        return articlePath(live.getSection(), live.getSlug(), firstPublishedAt);
    }

    public String articlePath(Section section, String slug, Instant firstPublishedAt) {
        return new PublicPath.Article(section.path(), time.local(firstPublishedAt).toLocalDate(), slug).path();
    }

    public String home() {
        return new Home().path();
    }

    public String section(Section section) {
        return section(section, 1);
    }

    public String section(Section section, int page) {
        return new SectionFront(section.path(), page).path();
    }

    public String sectionRss(Section section) {
        return new SectionFeed(section.path(), Feed.RSS).path();
    }

    public String sectionAtom(Section section) {
        return new SectionFeed(section.path(), Feed.ATOM).path();
    }

    public String author(Author author) {
        return author(author, 1);
    }

    public String author(Author author, int page) {
        return new AuthorPage(author.getSlug(), page).path();
    }

    /** Readers' search for {@code query}, its first page. */
    public String search(String query) {
        return new PublicPath.Search(query, null, null, null, 1).path();
    }

    /** Where the search box sends its form. */
    public String searchForm() {
        return PublicPath.Search.PATH;
    }

    public String rss() {
        return new SiteFeed(Feed.RSS).path();
    }

    public String atom() {
        return new SiteFeed(Feed.ATOM).path();
    }

    public String sitemapIndex() {
        return new SitemapIndex().path();
    }

    public String articleSitemap(int number) {
        return new ArticleSitemap(number).path();
    }

    public String newsSitemap() {
        return new NewsSitemap().path();
    }

    public String robots() {
        return new Robots().path();
    }

    /** The site's stylesheet, a static file below the site's own {@code /site/} (see {@link PathOwner#FILES}). */
    public String stylesheet() {
        return STYLESHEET;
    }

    /**
     * A rendition of a picture (served by {@code delivery.Renditions}, or by nginx from the media
     * folder): the content hash in the name makes the address change whenever the bytes do.
     */
    public String rendition(long imageId, org.newsdesk.cms.media.Rendition rendition) {
        return MEDIA + org.newsdesk.cms.media.Rendition.fileName(imageId, rendition.getKind(), rendition.getContentHash());
    }

    /** The first part of every rendition's path (see {@link PathOwner#FILES}). */
    public static final String MEDIA = "/media/";

    /** A shared preview of a draft, opened by its secret token (served by the admin side). */
    public String preview(String token) {
        return "/preview/" + token;
    }
}
