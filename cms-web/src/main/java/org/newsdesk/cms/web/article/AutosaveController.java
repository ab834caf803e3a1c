package org.newsdesk.cms.web.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.newsdesk.cms.autosave.Autosave;
import org.newsdesk.cms.autosave.Autosaves;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.JsonViews;

/**
 * Unsaved text of a story's editor, kept on the server: the editor's script posts the form here a
 * few seconds after typing pauses (and at least every few seconds while it goes on), and the
 * editor offers the text back when the person opens the story again. Who may edit the story may
 * keep text for it (403 otherwise); the CSRF token is required, as for every change.
 *
 * <p>Answers are JSON for the script. Signed out, the request gets the sign-in form (HTML)
 * instead, which is how the script knows the session has ended.
 */
@Controller
@Path("articles/{id:[0-9]+}/autosave")
@RequestScoped
public class AutosaveController {

    /** Unprocessable: a field longer than a save accepts; the JSON names each problem. */
    static final int TOO_LONG = 422;

    @Inject
    Autosaves autosaves;

    @Inject
    SecurityContext security;

    @Inject
    Flash flash;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @PathParam("id")
    long id;

    /**
     * Keeps the posted form (the editor's own fields and its {@code version}) as this person's
     * unsaved text: {@code {"keptAt": "2026-12-01T16:05:12Z"}}, or 422 with
     * {@code {"problems": [{"field": "body", "message": "..."}]}} when a field is too long to save.
     */
    @POST
    @CsrfProtected
    @Produces(MediaType.APPLICATION_JSON)
    public Response keep(@BeanParam ArticleForm form) {
        try {
            long baseVersion = form.getVersion() == null ? -1 : form.getVersion();
            Autosave kept = autosaves.keep(me(), id, baseVersion, form.toDraft());
            models.put(JsonViews.MODEL, Builders.JSON.createObjectBuilder().add("keptAt", kept.getSavedAt().toString()).build());
            return Response.ok(JsonViews.VIEW).build();
        } catch (InvalidInputException invalid) {
            JsonArrayBuilder problems = Builders.JSON.createArrayBuilder();
            for (FieldProblem problem : invalid.problems()) {
                problems.add(Builders.JSON.createObjectBuilder().add("field", problem.field()).add("message", problem.message()));
            }
            models.put(JsonViews.MODEL, Builders.JSON.createObjectBuilder().add("problems", problems).build());
            return Response.status(TOO_LONG).entity(JsonViews.VIEW).build();
        }
    }

    /**
     * Forgets this person's unsaved text for the story. From the editor's Discard button without
     * a script: back to the editor, which says so; from the script ({@code Accept: application/json}):
     * {@code {"discarded": true}}.
     */
    @POST
    @Path("discard")
    @CsrfProtected
    public Response discard() {
        autosaves.discard(me(), id);
        if (headers.getAcceptableMediaTypes().stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::equals)) {
            models.put(JsonViews.MODEL, Builders.JSON.createObjectBuilder().add("discarded", true).build());
            return Response.ok(JsonViews.VIEW).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        flash.say("Your unsaved text was discarded.");
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + id)).build();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    /**
     * One factory for the class ({@code Json.createObjectBuilder()} looks the provider up on the
     * class path on every call), made when first used, so that loading the class needs no provider.
     */
    private static final class Builders {
        static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    }
}
