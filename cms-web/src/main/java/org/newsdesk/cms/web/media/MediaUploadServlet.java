package org.newsdesk.cms.web.media;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.newsdesk.cms.media.MediaConfiguration;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.shared.EditorialException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.web.security.SessionCsrfToken;
import org.newsdesk.cms.web.support.Flash;

/**
 * Takes the upload form's files ({@code multipart/form-data}). A servlet rather than a controller:
 * the MVC framework checks its CSRF token only in url-encoded forms, and the admin UI's form guard
 * refuses any other body. So this checks the same session token itself, from the form's
 * {@code _csrf} part, before it reads a single file; a refusal goes back to the upload form
 * (post, redirect, get) with each message at its field.
 *
 * <p>The article editor's lead image form posts here too, with {@code leadFor} (the story's id):
 * one picture, alt text required, made the story's lead image in the same request; its refusals go
 * back to the editor's lead image fields.
 */
@WebServlet("/admin/media/upload")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class MediaUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MediaUploadServlet.class.getName());

    /** At most this many files in one upload. */
    static final int MAXIMUM_FILES = 20;

    @Inject
    transient MediaLibrary library;

    @Inject
    transient MediaConfiguration configuration;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Flash flash;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long limit = configuration.limits().maximumBytes();
        if (request.getContentLengthLong() > limit * MAXIMUM_FILES + 1024 * 1024) {
            refuse(request, response, List.of(new FieldProblem("file", "That is more than can be uploaded at once: at most "
                    + MAXIMUM_FILES + " pictures of up to " + limit / (1024 * 1024) + " MB each.")), null, null, null);
            return;
        }
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        if (!SessionCsrfToken.sentWith(request)) {
            LOG.info("An upload without the session's CSRF token was refused");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!multipart) {
            // a form that carried no file at all (sent without its enctype)
            refuse(request, response, List.of(new FieldProblem("file", "Choose at least one picture to upload.")), null, null, null);
            return;
        }
        String alt = text(request, "alt");
        String caption = text(request, "caption");
        String credit = text(request, "credit");
        List<Part> files = new ArrayList<>();
        for (Part part : request.getParts()) {
            if ("file".equals(part.getName()) && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty()) {
                files.add(part);
            }
        }
        String leadFor = text(request, "leadFor");
        if (leadFor != null && leadFor.strip().matches("[0-9]{1,18}")) {
            uploadLeadImage(request, response, Long.parseLong(leadFor.strip()), files, alt, caption, credit);
            return;
        }
        if (files.isEmpty()) {
            refuse(request, response, List.of(new FieldProblem("file", "Choose at least one picture to upload.")), alt, caption, credit);
            return;
        }
        if (files.size() > MAXIMUM_FILES) {
            refuse(request, response, List.of(new FieldProblem("file", "Upload at most " + MAXIMUM_FILES + " pictures at once.")),
                    alt, caption, credit);
            return;
        }
        String actor = security.getCallerPrincipal().getName();
        List<Long> uploaded = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Part file : files) {
            String name = file.getSubmittedFileName();
            try {
                uploaded.add(upload(actor, file, limit, alt, caption, credit));
            } catch (InvalidInputException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    String message = problem.message().startsWith("\u201c") || files.size() == 1
                            ? problem.message() : "\u201c" + name + "\u201d: " + problem.message();
                    problems.add(new FieldProblem(problem.field(), message));
                }
            } catch (EditorialException refused) {
                problems.add(new FieldProblem("file", refused.getMessage()));
            } finally {
                file.delete();
            }
        }
        if (!problems.isEmpty()) {
            if (!uploaded.isEmpty()) {
                problems.add(0, new FieldProblem("file", uploaded.size() + (uploaded.size() == 1 ? " picture was" : " pictures were")
                        + " uploaded; the others were not:"));
            }
            refuse(request, response, problems, alt, caption, credit);
            return;
        }
        flash.say(uploaded.size() == 1 ? "Uploaded the picture. Its sizes for readers are being made."
                : "Uploaded " + uploaded.size() + " pictures. Their sizes for readers are being made.");
        String target = uploaded.size() == 1 ? "/admin/media/" + uploaded.get(0) : "/admin/media";
        response.sendRedirect(request.getContextPath() + target);
    }

    /**
     * The article editor's "upload a lead image": one picture, with alt text (a lead image needs
     * it), kept in the library and made the story's lead image in one step; back to the editor,
     * where a refusal is shown at the lead image's upload fields with what was typed.
     */
    private void uploadLeadImage(HttpServletRequest request, HttpServletResponse response, long articleId, List<Part> files,
                                 String alt, String caption, String credit) throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        if (files.size() != 1) {
            problems.add(new FieldProblem(LEAD_FIELDS.get("file"), files.isEmpty() ? "Choose a picture to upload."
                    : "Choose one picture: a story has one lead image."));
        }
        if (alt == null || alt.isBlank()) {
            problems.add(new FieldProblem(LEAD_FIELDS.get("alt"),
                    "Enter alt text: what the picture shows, for readers who cannot see it. A lead image needs it."));
        }
        String actor = security.getCallerPrincipal().getName();
        long limit = configuration.limits().maximumBytes();
        Long uploaded = null;
        if (problems.isEmpty()) {
            Part file = files.get(0);
            try {
                uploaded = upload(actor, file, limit, alt, caption, credit);
                library.chooseLeadImage(actor, articleId, uploaded, null, null);
            } catch (InvalidInputException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    problems.add(new FieldProblem(LEAD_FIELDS.getOrDefault(problem.field(), LEAD_FIELDS.get("file")),
                            uploaded == null ? problem.message() : "The picture is in the media library, but it could not be"
                                    + " made the lead image: " + problem.message()));
                }
            } catch (EditorialException refused) {
                problems.add(new FieldProblem(LEAD_FIELDS.get("file"), uploaded == null ? refused.getMessage()
                        : "The picture is in the media library, but it could not be made the lead image: " + refused.getMessage()));
            } finally {
                file.delete();
            }
        }
        String editor = request.getContextPath() + "/admin/articles/" + articleId + "#lead-image";
        if (!problems.isEmpty()) {
            request.getSession().setAttribute(LeadImagePicker.UPLOAD_KEY, new UploadRefusal(List.copyOf(problems), alt, caption, credit));
        } else {
            flash.say("Uploaded the picture and made it the lead image. Its sizes for readers are being made;"
                    + " readers see it once you publish.");
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", editor);
    }

    /** The lead image upload's fields in the article editor, by the names the media library gives problems. */
    static final java.util.Map<String, String> LEAD_FIELDS = java.util.Map.of(
            "file", "leadFile", "alt", "leadAlt", "caption", "leadCaption", "credit", "leadCredit");

    private void refuse(HttpServletRequest request, HttpServletResponse response, List<FieldProblem> problems,
                        String alt, String caption, String credit) throws IOException {
        request.getSession().setAttribute(UploadRefusal.SESSION_KEY, new UploadRefusal(List.copyOf(problems), alt, caption, credit));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/admin/media/new");
    }

    private static String text(HttpServletRequest request, String name) throws IOException, ServletException {
        Part part = request.getPart(name);
        if (part == null || part.getSubmittedFileName() != null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(8192);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * One file into the library, refused by its declared size before it is read into memory at
     * all; the library then checks what it is. The new picture's id.
     */
    private long upload(String actor, Part file, long limit, String alt, String caption, String credit) throws IOException {
        String name = file.getSubmittedFileName();
        if (file.getSize() > limit) {
            throw new InvalidInputException("file", "\u201c" + name + "\u201d is " + String.format(java.util.Locale.ROOT, "%.1f MB",
                    file.getSize() / (1024.0 * 1024.0)) + "; pictures can be at most " + limit / (1024 * 1024)
                    + " MB. Export a smaller JPEG and upload that.");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        return library.upload(actor, "file", name, bytes, alt, caption, credit).getId();
    }
}
