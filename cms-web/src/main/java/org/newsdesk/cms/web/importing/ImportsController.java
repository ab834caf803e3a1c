package org.newsdesk.cms.web.importing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.newsdesk.cms.importing.ImportJob;
import org.newsdesk.cms.importing.ImportNote;
import org.newsdesk.cms.importing.WordPressImports;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.support.FormProblems;
import org.newsdesk.cms.web.support.JsonViews;

/**
 * The import screens: the upload form with the past imports, and one import's page (progress while
 * it runs, then its report). The page reads the job from the database, so it shows the same on
 * every instance, whichever runs the import.
 */
@Controller
@Path("imports")
@RequestScoped
public class ImportsController {

    /** Report lines shown per kind; the counts say how many there are in all. */
    static final int LINES_SHOWN = 1_000;
    static final int PAST_IMPORTS = 50;

    @Inject
    WordPressImports imports;

    @Inject
    UploadRefusal refusal;

    @Inject
    SecurityContext security;

    @Inject
    Models models;

    @Inject
    PublicationTime time;

    @GET
    public String upload() {
        imports.requireImporter(actor());
        String refused = refusal.take();
        if (refused != null) {
            models.put("problems", FormProblems.of(List.of(new FieldProblem("file", refused))));
        }
        models.put("maximumMegabytes", imports.maximumBytes() / (1024 * 1024));
        models.put("jobs", imports.latest(PAST_IMPORTS));
        models.put("time", time);
        return "imports/upload.html";
    }

    @GET
    @Path("{id:[0-9]+}")
    public Response job(@PathParam("id") long id) {
        imports.requireImporter(actor());
        ImportJob job = imports.job(id);
        models.put("job", job);
        models.put("time", time);
        models.put("skipped", imports.notes(id, ImportNote.Kind.SKIPPED, LINES_SHOWN));
        models.put("failed", imports.notes(id, ImportNote.Kind.FAILED, LINES_SHOWN));
        models.put("notes", imports.notes(id, ImportNote.Kind.NOTE, LINES_SHOWN));
        models.put("linesShown", LINES_SHOWN);
        // never cached: the page is the progress
        return Response.ok("imports/job.html").header("Cache-Control", "no-store").build();
    }

    /** The progress as JSON, for the page's script to update the bar without reloading. */
    @GET
    @Path("{id:[0-9]+}/progress")
    public Response progress(@PathParam("id") long id) {
        imports.requireImporter(actor());
        ImportJob job = imports.job(id);
        models.put(JsonViews.MODEL, Builders.JSON.createObjectBuilder()
                .add("status", job.getStatus().name())
                .add("over", job.getStatus().isOver())
                .add("total", job.getTotalItems())
                .add("done", job.getDoneItems())
                .add("imported", job.getImported())
                .add("updated", job.getUpdated())
                .add("unchanged", job.getUnchanged())
                .add("skipped", job.getSkipped())
                .add("failed", job.getFailed())
                .build());
        return Response.ok(JsonViews.VIEW).type("application/json").header("Cache-Control", "no-store").build();
    }

    private String actor() {
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
