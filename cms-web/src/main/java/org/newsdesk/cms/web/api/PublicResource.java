package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticlePage;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.ArticleSummary;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.publish.cache.CacheGroups;
import org.newsdesk.cms.publish.cache.PageCache;
import org.newsdesk.cms.publish.cache.RenderedPage;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.shared.Sha256;

/**
 * The public read API: what readers may see anyway (live revisions of published stories, the
 * sections, the authors, the fronts as published), without a token, open to other origins for GET. Each answer is made from
 * the database, so a change shows on the next request on every instance; clients and CDNs revalidate
 * with the ETag (304) and may keep it as long as the public pages ({@code Cache-Control}).
 */
@Path("v1/public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicResource {

    /** As the public pages: browsers revalidate every time, a CDN may keep it a minute. */
    static final String CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400";

    private static final Jsonb JSON = JsonShapes.JSON;

    @Inject
    ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    AuthorService authors;

    @Inject
    ArticleShapes shapes;

    @Inject
    FrontShapes frontShapes;

    @Inject
    PublicUrls urls;

    @Inject
    Sites sites;

    @Inject
    PageCache cache;

    @Context
    HttpServletRequest servletRequest;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @Path("articles")
    @Operation(summary = "Published stories, newest first", description = "Live revisions only; 20 a page, the next in the Link header.")
    @APIResponse(responseCode = "200", description = "One page of stories",
            content = @Content(schema = @Schema(implementation = ArticleJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response stories(@QueryParam("cursor") String cursor) {
        int page = ArticlesResource.pageOf(cursor);
        SiteBase site = sites.of(servletRequest);
        // the next page's cursor is kept with the answer, where a page keeps its redirect
        RenderedPage kept = kept(site, "articles?cursor=" + page, () -> {
            ArticleFilter published = ArticleFilter.all().inStatus(ArticleStatus.PUBLISHED).orderedBy(ArticleOrder.PUBLISHED_NEWEST);
            ArticlePage found = articles.list(published, page, ArticlesResource.DEFAULT_LIMIT);
            List<ArticleJson> stories = new ArrayList<>();
            for (ArticleSummary summary : found.articles()) {
                Article article = articles.get(summary.id());
                if (article.getStatus() == ArticleStatus.PUBLISHED && article.getLiveRevision().isPresent()) {
                    stories.add(shapes.live(article, article.getLiveRevision().get(), site));
                }
            }
            String next = found.hasNext() && page < ArticlesResource.MAXIMUM_PAGE ? ArticlesResource.cursorOf(page + 1) : null;
            return new RenderedPage(200, MediaType.APPLICATION_JSON, JSON.toJson(stories).getBytes(StandardCharsets.UTF_8),
                    next, null, null);
        });
        Response.ResponseBuilder answer = cacheable(new String(kept.body(), StandardCharsets.UTF_8));
        if (kept.location() != null) {
            answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", kept.location()).build()
                    + ">; rel=\"next\"");
        }
        return answer.build();
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "A published story", description = "Its live revision: never a draft.")
    @APIResponse(responseCode = "200", description = "The story as readers see it",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response story(@PathParam("id") long id) {
        SiteBase site = sites.of(servletRequest);
        RenderedPage kept = kept(site, "articles/" + id, () -> {
            Article article = articles.get(id);
            if (article.getStatus() == ArticleStatus.UNPUBLISHED) {
                throw new ApiRefusal(Problem.of(410, "gone", "Gone", "This story was taken down."));
            }
            if (article.getStatus() != ArticleStatus.PUBLISHED || article.getLiveRevision().isEmpty()) {
                throw ApiRefusal.notFound("There is no published story " + id + ".");
            }
            String json = JSON.toJson(shapes.live(article, article.getLiveRevision().get(), site));
            return new RenderedPage(200, MediaType.APPLICATION_JSON, json.getBytes(StandardCharsets.UTF_8), null, null, null);
        });
        return cacheable(new String(kept.body(), StandardCharsets.UTF_8)).build();
    }

    @GET
    @Path("sections")
    @Operation(summary = "Every section, in reading order")
    @APIResponse(responseCode = "200", description = "The sections",
            content = @Content(schema = @Schema(implementation = SectionJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response sectionList() {
        SiteBase site = sites.of(servletRequest);
        return cacheable(sections.tree().stream().map(s -> SectionJson.of(s, null, site.absolute(urls.section(s)))).toList()).build();
    }

    @GET
    @Path("authors")
    @Operation(summary = "Every author, by name")
    @APIResponse(responseCode = "200", description = "The authors",
            content = @Content(schema = @Schema(implementation = AuthorJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response authorList() {
        SiteBase site = sites.of(servletRequest);
        return cacheable(authors.all().stream().map(a -> AuthorJson.of(a, null, site.absolute(urls.author(a)))).toList()).build();
    }

    @GET
    @Path("fronts/{key}")
    @Operation(summary = "A front as readers see it", description = "home, or section-{id}: the published lead and top "
            + "stories (only live ones, with the front's own headlines and deks), empty places filled from the latest "
            + "stories, then the " + FrontShapes.STREAM + " latest stories not shown above.")
    @APIResponse(responseCode = "200", description = "The front",
            content = @Content(schema = @Schema(implementation = PublicFrontJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response front(@PathParam("key") String key) {
        SiteBase site = sites.of(servletRequest);
        // kept with the answers about stories: a story published, changed or taken down, and a front
        // published, evict them together (PageCacheEviction, FrontPageEviction)
        RenderedPage kept = kept(site, "fronts/" + key, () -> new RenderedPage(200, MediaType.APPLICATION_JSON,
                JSON.toJson(frontShapes.published(key, site)).getBytes(StandardCharsets.UTF_8), null, null, null));
        return cacheable(new String(kept.body(), StandardCharsets.UTF_8)).build();
    }

    /**
     * The answer about stories kept under {@code page} for this site, or made now and kept. A refusal
     * (404, 410) is thrown before anything is kept: a story may be published at any moment.
     */
    private RenderedPage kept(SiteBase site, String page, Supplier<RenderedPage> answer) {
        PageCache.Lookup found = cache.lookup(CacheGroups.PUBLIC_API, site.root() + "/api/v1/public/" + page);
        if (found.page().isPresent()) {
            return found.page().get();
        }
        RenderedPage made = answer.get();
        cache.put(found.key(), made);
        return made;
    }

    /** The answer with an ETag of its bytes: 304 when the client has it already. */
    private Response.ResponseBuilder cacheable(Object answer) {
        String json = answer instanceof String made ? made : JSON.toJson(answer);
        EntityTag tag = new EntityTag(Sha256.hex(json).substring(0, 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        return builder.tag(tag).header("Cache-Control", CACHE_CONTROL);
    }
}
