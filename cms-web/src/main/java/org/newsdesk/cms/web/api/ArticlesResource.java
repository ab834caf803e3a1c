package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticlePage;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.ArticleSummary;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.publishing.PublishingService;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.article.WordDiff;

/**
 * Articles for staff: list, read (the working draft, and the live revision apart), create, change,
 * and move through the workflow, each through the service the article editor uses (the editor's
 * buttons go through {@code ArticleDesk}, which calls the same {@link ArticleService} save and
 * {@link PublishingService} moves). Every change takes {@code If-Match}.
 */
@Path("v1/articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirement(name = "token")
public class ArticlesResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAXIMUM_LIMIT = 100;
    /** The last page a cursor may name: its offset stays far inside an int (a larger one would overflow to a negative offset). */
    static final int MAXIMUM_PAGE = 100_000;

    @Inject
    ArticleService articles;

    @Inject
    PublishingService publishing;

    @Inject
    ArticleShapes shapes;

    @Inject
    ApiCaller caller;

    @Inject
    PublicationTime time;

    @Inject
    Sites sites;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    // the parameters are described here: Payara 6 logs a SEVERE for @Parameter on a resource method's parameters
    @Operation(summary = "List articles", description = "Newest change first unless sort says otherwise; "
            + "a page at a time, the next page in the Link header (rel=\"next\") and in next. "
            + "status: DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED or UNPUBLISHED; section: a section's path; "
            + "author: an author's slug; q: words in the headline, dek or text (the newsroom's search, every match in the list's order); modifiedSince: ISO-8601 with offset "
            + "(with sort=modified-newest); sort: modified-newest (default), modified-oldest, published-newest, "
            + "published-oldest or scheduled-soonest; limit: 1 to 100, default 20; cursor: from the Link header.")
    @APIResponse(responseCode = "200", description = "One page of articles",
            content = @Content(schema = @Schema(implementation = ListingJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response list(@QueryParam("status") String status, @QueryParam("section") String section,
                         @QueryParam("author") String author, @QueryParam("q") String words,
                         @QueryParam("modifiedSince") String modifiedSince, @QueryParam("sort") String sort,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        caller.username();
        List<FieldProblem> problems = new ArrayList<>();
        ArticleFilter filter = ArticleFilter.all().headlineContaining(words);
        if (status != null && !status.isBlank()) {
            try {
                filter = filter.inStatus(ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "There is no status \u201c" + status + "\u201d."));
            }
        }
        if (section != null && !section.isBlank()) {
            var found = shapes.sectionAt(section.strip());
            if (found.isEmpty()) {
                problems.add(new FieldProblem("section", "There is no section \u201c" + section + "\u201d."));
            } else {
                filter = filter.inSection(found.get().getId());
            }
        }
        if (author != null && !author.isBlank()) {
            var found = shapes.authorWithSlug(author.strip());
            if (found.isEmpty()) {
                problems.add(new FieldProblem("author", "There is no author \u201c" + author + "\u201d."));
            } else {
                filter = filter.bylined(found.get().getId());
            }
        }
        ArticleOrder order = ArticleOrder.MODIFIED_NEWEST;
        if (sort != null && !sort.isBlank()) {
            try {
                order = ArticleOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("sort", "Sort by modified-newest, modified-oldest, published-newest, "
                        + "published-oldest or scheduled-soonest."));
            }
        }
        filter = filter.orderedBy(order);
        Instant since = null;
        if (modifiedSince != null && !modifiedSince.isBlank()) {
            try {
                since = OffsetDateTime.parse(modifiedSince.strip()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("modifiedSince", "Give an ISO-8601 time with its offset, such as 2026-12-01T09:00:00-05:00."));
            }
            if (order != ArticleOrder.MODIFIED_NEWEST) {
                problems.add(new FieldProblem("modifiedSince", "modifiedSince lists the newest changes first: use it with sort=modified-newest."));
            }
        }
        int size = sizeOf(limit);
        if (size < 1 || size > MAXIMUM_LIMIT) {
            problems.add(new FieldProblem("limit", "The limit is from 1 to " + MAXIMUM_LIMIT + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int page = pageOf(cursor);
        ArticlePage found = articles.list(filter, page, size);
        boolean more = found.hasNext();
        List<ListingJson.ArticleLine> lines = new ArrayList<>();
        for (ArticleSummary summary : found.articles()) {
            if (since != null && summary.modifiedAt().isBefore(since)) {
                more = false; // newest first: everything after this is older still
                break;
            }
            lines.add(line(summary));
        }
        String next = more && page < MAXIMUM_PAGE ? uri.getRequestUriBuilder().replaceQueryParam("cursor", cursorOf(page + 1)).build().toString() : null;
        Response.ResponseBuilder answer = Response.ok(new ListingJson(lines, next));
        if (next != null) {
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }

    private ListingJson.ArticleLine line(ArticleSummary summary) {
        return new ListingJson.ArticleLine(summary.id(), summary.headline(), summary.status().name(), summary.sectionName(),
                summary.bylines(), time.iso(summary.modifiedAt()), summary.modifiedBy(),
                summary.firstPublished().map(time::iso).orElse(null), summary.scheduled().map(time::iso).orElse(null),
                summary.pendingChanges(), uri.getBaseUriBuilder().path("v1/articles/{id}").build(summary.id()).toString());
    }

    /**
     * The cursor is opaque to clients; today it holds the page number, so a story changed while a
     * client pages through may move to a page it has already read (the list is by change time).
     */
    static String cursorOf(int page) {
        if (page > MAXIMUM_PAGE) {
            throw new IllegalArgumentException("page " + page);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p" + page).getBytes(StandardCharsets.UTF_8));
    }

    /** The page size asked for; 0 (refused at its field) for one that is no number. */
    static int sizeOf(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static int pageOf(String cursor) {
        int page = pageNumberOf(cursor);
        if (page < 1) {
            throw ApiRefusal.badRequest("The cursor is not one this API gave; start again without one.");
        }
        return page;
    }

    /** The page a cursor names (1 without one), or 0 for one this API cannot have given. */
    static int pageNumberOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 1;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int page = Integer.parseInt(decoded.substring(1));
            return decoded.startsWith("p") && page >= 1 && page <= MAXIMUM_PAGE ? page : 0;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an article", description = "Saved as revision 1 of a new draft.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response create(ArticleInput input) {
        Article article = articles.create(caller.username(), shapes.toDraft(input));
        return Response.created(uri.getBaseUriBuilder().path("v1/articles/{id}").build(article.getId()))
                .tag(version(article)).entity(shapes.draft(article, sites.of(request))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The working draft", description = "What editors see in the editor; not necessarily what readers see.")
    @APIResponse(responseCode = "200", description = "The article; ETag is its version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response get(@PathParam("id") long id) {
        caller.username();
        Article article = articles.get(id);
        return Response.ok(shapes.draft(article, sites.of(request))).tag(version(article)).build();
    }

    @GET
    @Path("{id}/live")
    @Operation(summary = "The live revision", description = "What readers see now; 404 while it is not published.")
    @APIResponse(responseCode = "200", description = "The live revision",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response live(@PathParam("id") long id) {
        caller.username();
        Article article = articles.get(id);
        Revision live = liveOf(article);
        return Response.ok(shapes.live(article, live, sites.of(request))).build();
    }

    static Revision liveOf(Article article) {
        if (article.getStatus() != ArticleStatus.PUBLISHED || article.getLiveRevision().isEmpty()) {
            throw ApiRefusal.notFound("Article " + article.getId() + " is not published: readers see nothing of it.");
        }
        return article.getLiveRevision().get();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the working draft", description = "Every field, as a new revision. Readers see it after the next publish.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response replace(@PathParam("id") long id, ArticleInput input) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        Article article = articles.save(actor, id, expected, shapes.toDraft(input));
        return saved(article);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some fields of the working draft", description = "Fields left out (or null) keep what the draft has.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response patch(@PathParam("id") long id, ArticleInput patch) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        Article article = articles.save(actor, id, expected, shapes.merged(articles.get(id), patch));
        return saved(article);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Take the story down", description = "Articles are never deleted: this unpublishes, as POST .../unpublish does.")
    @APIResponse(responseCode = "200", description = "Unpublished", content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response delete(@PathParam("id") long id) {
        return unpublish(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit for review")
    @APIResponse(responseCode = "200", description = "Done; the article as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response submit(@PathParam("id") long id) {
        String actor = caller.username();
        return saved(publishing.submitForReview(actor, id, ETags.required(headers)));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the working draft", description = "For a live story: publish the changes, "
            + "shown as updated if showAsUpdated or with a public note.")
    @APIResponse(responseCode = "200", description = "Done; the article as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response publish(@PathParam("id") long id, PublishInput options) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        boolean updated = options != null && Boolean.TRUE.equals(options.showAsUpdated());
        String note = options == null ? null : options.note();
        return saved(publishing.publish(actor, id, expected, updated, note == null || note.isBlank() ? null : note));
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule the publication")
    @APIResponse(responseCode = "200", description = "Done; the article as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response schedule(@PathParam("id") long id, ScheduleInput input) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        return saved(publishing.schedule(actor, id, expected, ScheduleInput.timeOf(input)));
    }

    @POST
    @Path("{id}/unpublish")
    @Operation(summary = "Take the story down", description = "Its URL answers 410 Gone.")
    @APIResponse(responseCode = "200", description = "Done; the article as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response unpublish(@PathParam("id") long id) {
        String actor = caller.username();
        return saved(publishing.unpublish(actor, id, ETags.required(headers)));
    }

    @POST
    @Path("{id}/draft")
    @Operation(summary = "Send back to draft")
    @APIResponse(responseCode = "200", description = "Done; the article as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response draft(@PathParam("id") long id) {
        String actor = caller.username();
        return saved(publishing.returnToDraft(actor, id, ETags.required(headers)));
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The revision history", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(schema = @Schema(implementation = RevisionJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public List<RevisionJson> revisions(@PathParam("id") long id) {
        caller.username();
        return articles.revisions(id).stream().map(this::revision).toList();
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(summary = "One revision")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(schema = @Schema(implementation = RevisionJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public RevisionJson revision(@PathParam("id") long id, @PathParam("number") int number) {
        caller.username();
        return revision(revisionOf(id, number));
    }

    @GET
    @Path("{id}/revisions/{number}/diff")
    @Operation(summary = "Word diff", description = "What changed from revision {number} to revision {to} (default: the latest), word by word.")
    @APIResponse(responseCode = "200", description = "Per field, runs of kept, removed and added words",
            content = @Content(schema = @Schema(implementation = DiffJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public DiffJson diff(@PathParam("id") long id, @PathParam("number") int number, @QueryParam("to") Integer to) {
        caller.username();
        Revision before = revisionOf(id, number);
        Revision after = revisionOf(id, to == null ? articles.get(id).getLatestRevisionNumber() : to);
        return new DiffJson(before.getNumber(), after.getNumber(), List.of(
                DiffJson.field("headline", WordDiff.ofText(before.getHeadline(), after.getHeadline())),
                DiffJson.field("dek", WordDiff.ofText(before.getDek(), after.getDek())),
                DiffJson.field("keywords", WordDiff.ofText(String.join(", ", before.getKeywords()),
                        String.join(", ", after.getKeywords()))),
                DiffJson.field("body", WordDiff.ofBody(before.getBody(), after.getBody()))));
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Operation(summary = "Restore a revision", description = "As a new revision of the working draft; readers see it after the next publish.")
    @APIResponse(responseCode = "200", description = "Done; the article as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response restore(@PathParam("id") long id, @PathParam("number") int number) {
        String actor = caller.username();
        return saved(articles.restore(actor, id, ETags.required(headers), number));
    }

    private Revision revisionOf(long id, int number) {
        return articles.revisions(id).stream().filter(r -> r.getNumber() == number).findFirst()
                .orElseThrow(() -> ApiRefusal.notFound("Article " + id + " has no revision " + number + "."));
    }

    private RevisionJson revision(Revision revision) {
        return new RevisionJson(revision.getNumber(), time.iso(revision.getSavedAt()), revision.getSavedBy().getDisplayName(),
                revision.getNote(), revision.getHeadline(), revision.getDek(), revision.getBody(),
                revision.getSection().path(), revision.getBylines().stream().map(a -> a.getSlug()).toList(), revision.getSlug(),
                revision.getKeywords());
    }

    private Response saved(Article article) {
        return Response.ok(shapes.draft(article, sites.of(request))).tag(version(article)).build();
    }

    private static jakarta.ws.rs.core.EntityTag version(Article article) {
        return new jakarta.ws.rs.core.EntityTag(String.valueOf(article.getVersion()));
    }
}
