package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffService;

/**
 * The staff accounts, for administrators only (as the staff screen). Read-only over the API:
 * accounts are made, and passwords reset, on the screen, where the second factor guards them.
 */
@Path("v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@SecurityRequirement(name = "token")
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    ApiCaller caller;

    @Schema(name = "StaffMember")
    public record StaffJson(long id, String username, String displayName, List<String> roles, boolean active) {
    }

    @GET
    @Operation(summary = "Every staff account (ADMIN only)")
    @APIResponse(responseCode = "200", description = "The accounts",
            content = @Content(schema = @Schema(implementation = StaffJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public List<StaffJson> list() {
        return staff.list(caller.username()).stream()
                .map(m -> new StaffJson(m.getId(), m.getUsername(), m.getDisplayName(),
                        m.getRoles().stream().map(Role::name).sorted().toList(), m.isActive()))
                .toList();
    }
}
