package org.newsdesk.cms.publish.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorRepository;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontLayout;
import org.newsdesk.cms.front.FrontRevision;
import org.newsdesk.cms.front.FrontService;
import org.newsdesk.cms.front.FrontSlot;
import org.newsdesk.cms.importing.LegacyAddress;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.publish.cache.RenderedPage;
import org.newsdesk.cms.publish.feed.Feeds;
import org.newsdesk.cms.publish.page.ArticlePages;
import org.newsdesk.cms.publish.page.FrontView;
import org.newsdesk.cms.publish.page.LeadImageView;
import org.newsdesk.cms.publish.page.Link;
import org.newsdesk.cms.publish.page.PageHead;
import org.newsdesk.cms.publish.page.PageRenderer;
import org.newsdesk.cms.publish.page.Pagination;
import org.newsdesk.cms.publish.page.ProblemView;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.sitemap.Sitemaps;
import org.newsdesk.cms.publish.url.PublicPath;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.section.Section;

/**
 * Answers a public path: resolves it (an article, an old address of one, a section front, an
 * author, a feed, a sitemap), reads what the page shows and renders it. Knows nothing of HTTP
 * headers or caching; {@link PublicSite} does that around it.
 */
@ApplicationScoped
public class PublicPages {

    public static final int STORIES_PER_PAGE = 20;
    static final int HOME_LATEST = 10;
    static final int HOME_BLOCK = 5;
    static final int FEED_SIZE = 30;
    static final int NEWS_SITEMAP_MAXIMUM = 1_000;
    static final Duration NEWS_WINDOW = Duration.ofHours(48);

    @Inject
    ArticleRepository articles;

    @Inject
    AuthorRepository authors;

    @Inject
    ArticlePages articlePages;

    @Inject
    FrontService fronts;

    @Inject
    PageRenderer renderer;

    @Inject
    MediaLibrary media;

    @Inject
    SearchPages searchPages;

    @Inject
    Clock clock;

    /** The response for a public address; a 404 page when nothing public lives there. */
    public RenderedPage answer(PublicPath address, RenderContext site) {
        PublicUrls urls = site.urls();
        if (address instanceof PublicPath.Home) {
            return home(site);
        }
        if (address instanceof PublicPath.SiteFeed feed) {
            return feed(feed.feed(), site.name(), site.absolute(urls.home()), site.absolute(feed.path()), null, site);
        }
        if (address instanceof PublicPath.SitemapIndex) {
            return xml(Sitemaps.index(Pagination.pageCount(articles.countPublished(null), Sitemaps.STORIES_PER_SITEMAP), site),
                    articles.lastModified(null));
        }
        if (address instanceof PublicPath.ArticleSitemap sitemap) {
            return articleSitemap(sitemap.number(), site);
        }
        if (address instanceof PublicPath.NewsSitemap) {
            Instant since = clock.instant().minus(NEWS_WINDOW);
            return xml(Sitemaps.news(articles.listPublishedSince(since, NEWS_SITEMAP_MAXIMUM), site), articles.lastModified(null));
        }
        if (address instanceof PublicPath.Robots) {
            return RenderedPage.of(200, "text/plain;charset=UTF-8", Sitemaps.robots(site), null);
        }
        if (address instanceof PublicPath.AuthorPage author) {
            return authors.findBySlug(author.slug()).map(found -> authorPage(found, author.page(), site))
                    .orElseGet(() -> notFound(site));
        }
        if (address instanceof PublicPath.AuthorWithoutSlash author) {
            return authors.findBySlug(author.slug())
                    .map(found -> RenderedPage.movedTo(site.absolute(urls.author(found))))
                    .orElseGet(() -> notFound(site));
        }
        if (address instanceof PublicPath.Search search) {
            return searchPages.answer(search, site);
        }
        if (address instanceof PublicPath.Article article) {
            return article(article.path(), article.slug(), site);
        }
        if (address instanceof PublicPath.SectionFront front) {
            return site.sections().byPath(front.sectionPath()).map(section -> sectionFront(section, front.page(), site))
                    .orElseGet(() -> notFound(site));
        }
        if (address instanceof PublicPath.SectionWithoutSlash bare) {
            return site.sections().byPath(bare.sectionPath())
                    .map(section -> RenderedPage.movedTo(site.absolute(urls.section(section))))
                    .orElseGet(() -> notFound(site));
        }
        if (address instanceof PublicPath.SectionFeed feed) {
            return site.sections().byPath(feed.sectionPath()).map(section -> sectionFeed(feed, section, site))
                    .orElseGet(() -> notFound(site));
        }
        throw new IllegalArgumentException("No page answers " + address);
    }

    /** The article live at {@code path}; else where it moved to (301) or that it was taken down (410). */
    private RenderedPage article(String path, String slug, RenderContext site) {
        Optional<Article> live = articles.findByLiveSlug(slug).stream()
                .filter(candidate -> site.urls().articlePath(candidate).filter(path::equals).isPresent())
                .findFirst()
                .or(() -> articles.findByPath(path));
        if (live.isEmpty()) {
            return notFound(site);
        }
        Article article = live.get();
        if (article.getStatus() == ArticleStatus.UNPUBLISHED) {
            return problem(ProblemView.GONE, site);
        }
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            // a path recorded for a story that is neither live nor taken down cannot happen today;
            // should it, readers see nothing of the story
            return notFound(site);
        }
        String current = site.urls().articlePath(article).orElseThrow();
        if (!current.equals(path)) {
            return RenderedPage.movedTo(site.absolute(current));
        }
        return RenderedPage.of(200, RenderedPage.HTML, articlePages.renderLive(article, site), article.getModifiedAt());
    }

    private RenderedPage home(RenderContext site) {
        FrontLayout layout = curated(Front.keyOf(null), null, HOME_LATEST, site);
        Map<Section, List<StoryListing>> latest = new LinkedHashMap<>();
        for (Section section : site.sections().topLevel()) {
            List<StoryListing> stories = articles.listPublished(site.sections().withDescendants(section), 0, HOME_BLOCK);
            if (!stories.isEmpty()) {
                latest.put(section, stories);
            }
        }
        // the thumbnails of every block's stories in one look-up, not one per block
        Map<Long, MediaImage> pictures = media.liveLeadImages(latest.values().stream().flatMap(List::stream)
                .map(StoryListing::articleId).toList());
        List<FrontView.Block> blocks = latest.entrySet().stream()
                .map(block -> new FrontView.Block(site.sectionLink(block.getKey()), site.teasers(block.getValue(), pictures)))
                .toList();
        FrontView front = frontView("Latest news", List.of(), layout, Pagination.SINGLE, blocks, site);
        PageHead head = PageHead.of(site.name(), "The latest news from " + site.name() + ".", site.absolute(site.urls().home()),
                site.absolute(site.urls().rss()), site.absolute(site.urls().atom()));
        return html(renderer.render("front", site, head, Map.of("front", front)), FRONTS_LAST_MODIFIED);
    }

    private RenderedPage sectionFront(Section section, int page, RenderContext site) {
        List<Long> scope = site.sections().withDescendants(section);
        int pages = Pagination.pageCount(articles.countPublished(scope), STORIES_PER_PAGE);
        if (page > pages) {
            return notFound(site);
        }
        Pagination pagination = pagination(page, pages, n -> site.absolute(site.urls().section(section, n)));
        List<Link> children = site.sections().children(section).stream().map(site::sectionLink).toList();
        FrontView front;
        if (page == 1) {
            // the first page is the curated front: every one of the latest stories a page holds is
            // on it (as the lead, a top story or in the stream), and the stories placed besides
            front = frontView(section.getName(), children, curated(Front.keyOf(section.getId()), scope, 0, site),
                    pagination, List.of(), site);
        } else {
            List<StoryListing> stories = articles.listPublished(scope, (page - 1) * STORIES_PER_PAGE, STORIES_PER_PAGE);
            front = new FrontView(section.getName(), null, children, "Latest stories", withThumbnails(stories, site),
                    pagination, List.of());
        }
        String title = page == 1 ? section.getName() : section.getName() + ", page " + page;
        PageHead head = PageHead.of(title, "The latest " + section.getName() + " stories from " + site.name() + ".",
                        site.absolute(site.urls().section(section, page)), site.absolute(site.urls().sectionRss(section)),
                        site.absolute(site.urls().sectionAtom(section)))
                .paged(pagination.previous(), pagination.next());
        return html(renderer.render("front", site, head, Map.of("front", front)), FRONTS_LAST_MODIFIED);
    }

    /**
     * The front with this key as readers see it: its published arrangement, of which only live
     * stories, filled from the latest stories of {@code scope} (null: the whole site).
     *
     * @param streamSize how many stories the stream shows after the lead and top stories; 0: as
     *                   many of a page's worth of latest stories as the curated places left
     */
    private FrontLayout curated(String key, List<Long> scope, int streamSize, RenderContext site) {
        Optional<FrontRevision> live = fronts.liveRevision(key);
        List<FrontSlot> slots = live.map(FrontRevision::getSlots).orElse(List.of());
        int topCount = live.map(FrontRevision::getTopCount).orElse(Front.TOP_COUNT_DEFAULT);
        List<StoryListing> latest = streamSize > 0
                ? articles.listPublished(scope, 0, 1 + topCount + streamSize)
                : articles.listPublished(scope, 0, STORIES_PER_PAGE);
        return FrontLayout.fill(slots, fronts.liveStories(slots), topCount, latest,
                streamSize > 0 ? streamSize : STORIES_PER_PAGE);
    }

    private FrontView frontView(String heading, List<Link> children, FrontLayout layout, Pagination pagination,
                                List<FrontView.Block> blocks, RenderContext site) {
        return new FrontView(heading, null, children, "Latest stories", withThumbnails(layout.stream(), site), pagination, blocks,
                layout.leadStory().map(site::teaser).orElse(null), layout.leadStory().flatMap(lead -> leadImage(lead, site)).orElse(null),
                layout.top().stream().map(site::teaser).toList());
    }

    /** The lead story's live lead picture, as its own page shows it; empty without one (or while it is not ready). */
    private Optional<LeadImageView> leadImage(FrontLayout.Story lead, RenderContext site) {
        // the picture alone: loading the whole story (and the people it refers to) took five statements
        long id = lead.story().articleId();
        return Optional.ofNullable(media.liveLeadImages(List.of(id)).get(id)).flatMap(image -> LeadImageView.of(image, site));
    }

    /**
     * The stream's stories with thumbnails of their lead pictures (issue 13), looked up for the
     * whole list at once. The lead and the top stories are drawn as fronts draw them.
     */
    private List<org.newsdesk.cms.publish.page.Teaser> withThumbnails(List<StoryListing> stories, RenderContext site) {
        return site.teasers(stories, media.liveLeadImages(stories.stream().map(StoryListing::articleId).toList()));
    }

    private RenderedPage authorPage(Author author, int page, RenderContext site) {
        int pages = Pagination.pageCount(articles.countPublishedBy(author), STORIES_PER_PAGE);
        if (page > pages) {
            return notFound(site);
        }
        List<StoryListing> stories = articles.listPublishedBy(author, (page - 1) * STORIES_PER_PAGE, STORIES_PER_PAGE);
        Pagination pagination = pagination(page, pages, n -> site.absolute(site.urls().author(author, n)));
        FrontView front = new FrontView(author.getName(), author.getBio(), List.of(), "Stories by " + author.getName(),
                withThumbnails(stories, site), pagination, List.of());
        String title = page == 1 ? author.getName() : author.getName() + ", page " + page;
        String description = author.getBio() != null ? author.getBio() : "Stories by " + author.getName() + ".";
        PageHead head = PageHead.of(title, description, site.absolute(site.urls().author(author, page)),
                        site.absolute(site.urls().rss()), site.absolute(site.urls().atom()))
                .paged(pagination.previous(), pagination.next());
        return html(renderer.render("front", site, head, Map.of("front", front)), articles.lastModifiedBy(author));
    }

    private RenderedPage sectionFeed(PublicPath.SectionFeed feed, Section section, RenderContext site) {
        return feed(feed.feed(), site.name() + ": " + section.getName(), site.absolute(site.urls().section(section)),
                site.absolute(feed.path()), site.sections().withDescendants(section), site);
    }

    private RenderedPage feed(PublicPath.Feed feed, String title, String pageUrl, String selfUrl, List<Long> scope,
                              RenderContext site) {
        boolean rss = feed == PublicPath.Feed.RSS;
        List<StoryListing> stories = articles.listPublished(scope, 0, FEED_SIZE);
        String body = Feeds.write(rss ? Feeds.RSS : Feeds.ATOM, title, pageUrl, selfUrl, stories,
                media.liveLeadImages(stories.stream().map(StoryListing::articleId).toList()), site);
        return RenderedPage.of(200, rss ? Feeds.RSS_TYPE : Feeds.ATOM_TYPE, body, articles.lastModified(scope).orElse(null));
    }

    private RenderedPage articleSitemap(int page, RenderContext site) {
        int pages = Pagination.pageCount(articles.countPublished(null), Sitemaps.STORIES_PER_SITEMAP);
        if (page > pages) {
            return notFound(site);
        }
        List<StoryListing> stories = articles.listPublished(null, (page - 1) * Sitemaps.STORIES_PER_SITEMAP,
                Sitemaps.STORIES_PER_SITEMAP);
        return xml(Sitemaps.articles(stories, site), articles.lastModified(null));
    }

    /**
     * An address the site has no page of may be a story's address in the system it was moved in
     * from (a WordPress permalink in any structure, or {@code ?p=ID}): the import recorded those in
     * the same table as old slugs ({@link LegacyAddress}), so they answer 301 to the story, 410 once
     * it is taken down; empty when the address is nobody's.
     *
     * @param postParameter the request's {@code p} parameter, or null
     */
    public Optional<RenderedPage> oldAddress(String path, String postParameter, RenderContext site) {
        return articles.findByPath(LegacyAddress.key(path, postParameter)).flatMap(article -> {
            if (article.getStatus() == ArticleStatus.UNPUBLISHED) {
                return Optional.of(problem(ProblemView.GONE, site));
            }
            if (article.getStatus() != ArticleStatus.PUBLISHED) {
                return Optional.empty();
            }
            return site.urls().articlePath(article).map(current -> RenderedPage.movedTo(site.absolute(current)));
        });
    }

    public RenderedPage notFound(RenderContext site) {
        return problem(ProblemView.NOT_FOUND, site);
    }

    private RenderedPage problem(ProblemView problem, RenderContext site) {
        PageHead head = new PageHead(problem.heading(), null, null, true, null, null, null, null);
        return RenderedPage.of(problem.status(), RenderedPage.HTML,
                renderer.render("problem", site, head, Map.of("problem", problem)), null);
    }

    private static Pagination pagination(int page, int pages, IntFunction<String> url) {
        return new Pagination(page, pages, page > 1 ? url.apply(page - 1) : null, page < pages ? url.apply(page + 1) : null);
    }

    /**
     * Fronts carry no Last-Modified: what they show changes with a front's publish, a restore, the
     * banner put up, taken down or expiring, none of which the stories' times know, and a banner
     * taken down leaves no time behind (the time would go back, and an If-Modified-Since would
     * answer 304 with the banner still on the reader's copy). Their ETag, which follows the page
     * itself, answers conditional requests.
     */
    private static final Optional<Instant> FRONTS_LAST_MODIFIED = Optional.empty();

    private static RenderedPage html(String body, Optional<Instant> lastModified) {
        return RenderedPage.of(200, RenderedPage.HTML, body, lastModified.orElse(null));
    }

    private static RenderedPage xml(String body, Optional<Instant> lastModified) {
        return RenderedPage.of(200, Sitemaps.XML_TYPE, body, lastModified.orElse(null));
    }
}
