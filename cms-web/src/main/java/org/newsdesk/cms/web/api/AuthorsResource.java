package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.publish.url.PublicUrls;

/**
 * Authors, with the rules of the authors screen: editors add and edit them. Authors are not
 * deleted (the screen has no delete either): a byline in an old revision must keep its author.
 */
@Path("v1/authors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
@SecurityRequirement(name = "token")
public class AuthorsResource {

    @Inject
    AuthorService authors;

    @Inject
    ApiCaller caller;

    @Inject
    PublicUrls urls;

    @Inject
    Sites sites;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every author, by name")
    @APIResponse(responseCode = "200", description = "The authors",
            content = @Content(schema = @Schema(implementation = AuthorJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public List<AuthorJson> list() {
        caller.username();
        return authors.all().stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One author")
    @APIResponse(responseCode = "200", description = "The author; ETag is its version",
            content = @Content(schema = @Schema(implementation = AuthorJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response get(@PathParam("id") long id) {
        caller.username();
        return answer(authors.get(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an author")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AuthorJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response create(AuthorInput input) {
        String actor = caller.username();
        AuthorInput given = input == null ? new AuthorInput(null, null, null) : input;
        Author made = authors.create(actor, given.name(), given.slug(), given.bio());
        return answer(made).status(201).location(uri.getBaseUriBuilder().path("v1/authors/{id}").build(made.getId())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an author")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = AuthorJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response edit(@PathParam("id") long id, AuthorInput input) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        AuthorInput given = input == null ? new AuthorInput(null, null, null) : input;
        return answer(authors.edit(actor, id, expected, given.name(), given.slug(), given.bio())).build();
    }

    private AuthorJson json(Author author) {
        return AuthorJson.of(author, author.getVersion(), sites.of(request).absolute(urls.author(author)));
    }

    private Response.ResponseBuilder answer(Author author) {
        return Response.ok(json(author)).tag(new EntityTag(String.valueOf(author.getVersion())));
    }
}
