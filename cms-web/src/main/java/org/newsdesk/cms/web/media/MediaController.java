package org.newsdesk.cms.web.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.cms.media.ImageBusyException;
import org.newsdesk.cms.media.ImageInUseException;
import org.newsdesk.cms.media.MediaConfiguration;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.media.MediaPage;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormProblems;
import org.newsdesk.cms.web.support.ListParameters;

/**
 * The media library: the grid (newest first, {@value MediaPage#SIZE} a page, searched over alt
 * text, caption and credit), the upload form, a picture's details and the stories using it, and
 * deletion. Uploads themselves are taken by {@link MediaUploadServlet}.
 */
@Controller
@Path("media")
@RequestScoped
public class MediaController {

    @Inject
    MediaLibrary library;

    @Inject
    MediaConfiguration configuration;

    @Inject
    MediaThumbnails thumbnails;

    @Inject
    SecurityContext security;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public String list(@QueryParam("q") String words, @QueryParam("page") String pageText) {
        List<FieldProblem> problems = new ArrayList<>();
        int number = ListParameters.page(pageText, problems);
        String query = ListParameters.given(words).orElse("");
        MediaPage page = library.page(query, number);
        models.put("page", page);
        models.put("query", new Query(query));
        models.put("tiles", page.images().stream().map(thumbnails::tile).toList());
        if (!problems.isEmpty()) {
            models.put("problems", FormProblems.of(problems));
        }
        return "media/list.html";
    }

    @GET
    @Path("new")
    public String uploadForm() {
        Object refusal = request.getSession().getAttribute(UploadRefusal.SESSION_KEY);
        request.getSession().removeAttribute(UploadRefusal.SESSION_KEY);
        if (refusal instanceof UploadRefusal refused) {
            models.put("problems", FormProblems.of(refused.problems()));
            models.put("form", new Details(refused.alt(), refused.caption(), refused.credit(), 50, 50));
        } else {
            models.put("form", new Details("", "", "", 50, 50));
        }
        models.put("maximumMegabytes", configuration.limits().maximumBytes() / (1024 * 1024));
        models.put("maximumMegapixels", configuration.limits().maximumPixels() / 1_000_000);
        return "media/upload.html";
    }

    @GET
    @Path("{id:[0-9]+}")
    public String details(@PathParam("id") long id) {
        MediaImage image = library.get(id);
        return detailsView(image, Details.of(image));
    }

    @POST
    @Path("{id:[0-9]+}")
    @CsrfProtected
    public Response describe(@PathParam("id") long id, @FormParam("version") String version, @FormParam("alt") String alt,
                             @FormParam("caption") String caption, @FormParam("credit") String credit,
                             @FormParam("focalX") String focalX, @FormParam("focalY") String focalY) {
        Details typed = new Details(alt, caption, credit, 0, 0);
        List<FieldProblem> problems = new ArrayList<>();
        int x = percent(focalX, "focalX", "across", problems);
        int y = percent(focalY, "focalY", "down", problems);
        typed = new Details(alt, caption, credit, x, y);
        if (problems.isEmpty()) {
            try {
                long expected = Long.parseLong(version == null ? "-1" : version.strip());
                library.describe(me(), id, expected, alt, caption, credit, x, y);
                flash.say("Saved the picture\u2019s details. Live stories showing it now show them too.");
                return Response.seeOther(URI.create(request.getContextPath() + "/admin/media/" + id)).build();
            } catch (InvalidInputException invalid) {
                problems.addAll(invalid.problems());
            } catch (StaleEditException | NumberFormatException stale) {
                problems.add(new FieldProblem("alt", "Someone else changed this picture\u2019s details after you opened it, so yours were not saved."
                        + " What is saved now is shown; type your changes again."));
                models.put("problems", FormProblems.of(problems));
                return Response.ok(detailsView(library.get(id), Details.of(library.get(id)))).build();
            }
        }
        models.put("problems", FormProblems.of(problems));
        return Response.ok(detailsView(library.get(id), typed)).build();
    }

    @POST
    @Path("{id:[0-9]+}/delete")
    @CsrfProtected
    public Response delete(@PathParam("id") long id) {
        try {
            library.delete(me(), id);
            flash.say("Deleted the picture.");
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/media")).build();
        } catch (ImageInUseException | ImageBusyException refused) {
            models.put("problems", FormProblems.of(List.of(new FieldProblem("uses", refused.getMessage()))));
            MediaImage image = library.get(id);
            // on the servlet response too: the view is written straight to it (as the article editor's held form)
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return Response.status(Response.Status.CONFLICT).entity(detailsView(image, Details.of(image))).build();
        }
    }

    /**
     * Makes a picture (or none: an empty choice) the lead image of a story's draft, with its focal
     * point; back to the editor, where a refusal is shown at the lead image field.
     */
    @POST
    @Path("lead/{id:[0-9]+}")
    @CsrfProtected
    public Response chooseLead(@PathParam("id") long articleId, @FormParam("leadImage") String imageText,
                               @FormParam("focalX") String focalX, @FormParam("focalY") String focalY) {
        List<FieldProblem> problems = new ArrayList<>();
        Long imageId = null;
        if (imageText != null && !imageText.isBlank()) {
            try {
                imageId = Long.parseLong(imageText.strip());
            } catch (NumberFormatException notAnId) {
                problems.add(new FieldProblem("leadImage", "Choose a picture from the list."));
            }
        }
        int x = percent(focalX, "focalX", "across", problems);
        int y = percent(focalY, "focalY", "down", problems);
        if (problems.isEmpty()) {
            try {
                library.chooseLeadImage(me(), articleId, imageId, imageId == null ? null : x, imageId == null ? null : y);
                flash.say(imageId == null ? "The story has no lead image now. Readers see the change once you publish."
                        : "Lead image chosen. Readers see it once you publish.");
            } catch (InvalidInputException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        if (!problems.isEmpty()) {
            request.getSession().setAttribute(LeadImagePicker.PROBLEMS_KEY, new ArrayList<>(problems));
        }
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + articleId + "#lead-image")).build();
    }

    private String detailsView(MediaImage image, Details form) {
        models.put("image", image);
        models.put("tile", thumbnails.tile(image));
        models.put("form", form);
        models.put("uses", library.usesOf(image.getId()));
        return "media/image.html";
    }

    static int percent(String typed, String field, String direction, List<FieldProblem> problems) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return 50;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(new FieldProblem(field, "Enter the focal point " + direction + " as a whole number from 0 to 100."));
        return 50;
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    /** What the detail and upload forms show: as saved, or as typed when refused. */
    public record Details(String alt, String caption, String credit, int focalX, int focalY) {
        public Details {
            alt = alt == null ? "" : alt;
            caption = caption == null ? "" : caption;
            credit = credit == null ? "" : credit;
        }

        static Details of(MediaImage image) {
            return new Details(image.getAltText(), image.getCaption(), image.getCredit(), image.getFocalX(), image.getFocalY());
        }
    }

    /** The search as typed; {@code link(n)} is the grid's address for page n (for {@code layout :: pages}). */
    public record Query(String words) {
        public String link(int page) {
            String base = "/admin/media?";
            return base + (words.isEmpty() ? "" : "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&") + "page=" + page;
        }
    }
}
