package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.shared.InvalidInputException;

/** Sections, with the rules of the sections screen: editors manage them; one in use is never deleted (409). */
@Path("v1/sections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections")
@SecurityRequirement(name = "token")
public class SectionsResource {

    @Inject
    SectionService sections;

    @Inject
    ArticleShapes shapes;

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
    @Operation(summary = "Every section, in reading order")
    @APIResponse(responseCode = "200", description = "The sections",
            content = @Content(schema = @Schema(implementation = SectionJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public List<SectionJson> list() {
        caller.username();
        return sections.tree().stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One section")
    @APIResponse(responseCode = "200", description = "The section; ETag is its version",
            content = @Content(schema = @Schema(implementation = SectionJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response get(@PathParam("id") long id) {
        caller.username();
        return answer(sections.get(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a section")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SectionJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response create(SectionInput input) {
        String actor = caller.username();
        SectionInput given = input == null ? new SectionInput(null, null, null) : input;
        Long parentId = null;
        if (given.parent() != null && !given.parent().isBlank()) {
            parentId = shapes.sectionAt(given.parent().strip())
                    .orElseThrow(() -> new InvalidInputException("parent", "There is no section \u201c" + given.parent() + "\u201d."))
                    .getId();
        }
        Section made = sections.create(actor, given.name(), given.slug(), parentId);
        return answer(made).status(201).location(uri.getBaseUriBuilder().path("v1/sections/{id}").build(made.getId())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a section", description = "A new slug moves its front and its stories; old addresses redirect.")
    @APIResponse(responseCode = "200", description = "Renamed", content = @Content(schema = @Schema(implementation = SectionJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response rename(@PathParam("id") long id, SectionInput input) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        SectionInput given = input == null ? new SectionInput(null, null, null) : input;
        return answer(sections.rename(actor, id, expected, given.name(), given.slug())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an unused section", description = "A section with stories (now or in earlier revisions) or subsections is refused with 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response delete(@PathParam("id") long id) {
        String actor = caller.username();
        sections.delete(actor, id, ETags.required(headers));
        return Response.noContent().build();
    }

    private SectionJson json(Section section) {
        return SectionJson.of(section, section.getVersion(), sites.of(request).absolute(urls.section(section)));
    }

    private Response.ResponseBuilder answer(Section section) {
        return Response.ok(json(section)).tag(new EntityTag(String.valueOf(section.getVersion())));
    }
}
