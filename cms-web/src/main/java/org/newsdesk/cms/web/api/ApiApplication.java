package org.newsdesk.cms.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The content API, under {@code /api} (its resources under {@code v1/}). It lists its classes
 * rather than take every resource of the WAR: the admin UI's controllers and this API's filters
 * and exception mappers must not serve each other's requests (an application that lists nothing
 * gets every {@code @Path} and {@code @Provider} class, which is why the classes here carry no
 * {@code @Provider}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Newsdesk content API", version = "1",
                description = "Everything an editor can do, over HTTP, with the same rules as the admin UI. "
                        + "Authenticate with a personal API token (the \u201cAPI tokens\u201d screen) as "
                        + "Authorization: Bearer; the public read API (/api/v1/public) needs none. "
                        + "Errors are RFC 9457 application/problem+json."),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", description = "A personal API token, acting with its owner's current roles"),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400", description = "A parameter or the body cannot be read",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "Unauthenticated", responseCode = "401", description = "No token, or one that is unknown, revoked or expired",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403", description = "The token's owner's role may not do this",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No such thing",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "Gone", responseCode = "410", description = "Taken down",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "Conflict", responseCode = "409", description = "Not possible in its present state",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "Stale", responseCode = "412", description = "Changed since the If-Match version: names who and when",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "TooLarge", responseCode = "413", description = "The body is larger than allowed",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body is not application/json",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "Invalid", responseCode = "422", description = "Fields that cannot be saved, one entry each",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "IfMatchRequired", responseCode = "428", description = "If-Match is missing",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class))),
                        @APIResponse(name = "RateLimited", responseCode = "429", description = "Too many requests for this token; see Retry-After",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
                }))
public class ApiApplication extends Application {

    /** The public read API's paths, relative to {@code /api}: no token, open to other origins for GET. */
    static boolean isPublic(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("v1/public") || relative.startsWith("v1/public/");
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ArticlesResource.class, PublicResource.class, SectionsResource.class, AuthorsResource.class,
                StaffResource.class, FrontsResource.class,
                BodyLimit.class, TokenAuthentication.class, PublicCors.class,
                EditorialRefusals.class, JaxRsRefusals.class, UnexpectedFailures.class, JsonShapes.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        // an error answered without a body must not become the container's HTML error page
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
