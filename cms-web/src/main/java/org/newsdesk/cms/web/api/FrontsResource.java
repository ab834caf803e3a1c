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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontService;
import org.newsdesk.cms.publish.url.SiteBase;

/**
 * Fronts for editors and admins, as the Fronts screen arranges them, through the same
 * {@link FrontService}: read the working arrangement (ETag its version), replace it as a whole
 * with {@code If-Match}, publish or schedule it. A change against a version someone has since
 * changed is refused (412), naming who, as for articles.
 */
@Path("v1/fronts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fronts")
@SecurityRequirement(name = "token")
public class FrontsResource {

    @Inject
    FrontService fronts;

    @Inject
    FrontShapes shapes;

    @Inject
    ApiCaller caller;

    @Inject
    Sites sites;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Every front", description = "The home page's, then each section's in reading order: the working arrangements.")
    @APIResponse(responseCode = "200", description = "The fronts",
            content = @Content(schema = @Schema(implementation = FrontJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public List<FrontJson> list() {
        String actor = caller.username();
        SiteBase site = sites.of(request);
        return shapes.keys().stream().map(key -> shapes.working(fronts.getFor(actor, key), site)).toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "A front's working arrangement", description = "What editors arrange; readers see it once published.")
    @APIResponse(responseCode = "200", description = "The front; ETag is its version",
            content = @Content(schema = @Schema(implementation = FrontJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response get(@PathParam("key") String key) {
        return answer(fronts.getFor(caller.username(), key));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the working arrangement", description = "The top count and every placed story, with "
            + "headlines and deks for this front only; places not listed are filled from the stream. Only live stories, "
            + "each once. Readers see it after the next publish.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = FrontJson.class)))
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
    public Response replace(@PathParam("key") String key, FrontInput input) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        int topCount = input != null && input.topCount() != null ? input.topCount() : fronts.getFor(actor, key).getTopCount();
        return answer(fronts.arrange(actor, key, expected, topCount, FrontShapes.slotsOf(input)));
    }

    @POST
    @Path("{key}/publish")
    @Operation(summary = "Publish the working arrangement", description = "Readers see it from the next request on; a new revision.")
    @APIResponse(responseCode = "200", description = "Done; the front as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = FrontJson.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response publish(@PathParam("key") String key) {
        String actor = caller.username();
        fronts.publish(actor, key, ETags.required(headers));
        return answer(fronts.getFor(actor, key));
    }

    @POST
    @Path("{key}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule the working arrangement", description = "It goes live at publishAt, once; a schedule set before is replaced.")
    @APIResponse(responseCode = "200", description = "Done; the front as it is now, ETag its new version",
            content = @Content(schema = @Schema(implementation = FrontJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "Stale")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    @APIResponse(responseCode = "428", ref = "IfMatchRequired")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public Response schedule(@PathParam("key") String key, ScheduleInput input) {
        String actor = caller.username();
        long expected = ETags.required(headers);
        fronts.schedule(actor, key, expected, ScheduleInput.timeOf(input));
        return answer(fronts.getFor(actor, key));
    }

    private Response answer(Front front) {
        return Response.ok(shapes.working(front, sites.of(request))).tag(new EntityTag(String.valueOf(front.getVersion()))).build();
    }
}
