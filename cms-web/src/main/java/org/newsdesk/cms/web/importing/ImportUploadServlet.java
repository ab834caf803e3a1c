package org.newsdesk.cms.web.importing;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import org.newsdesk.cms.importing.ImportJob;
import org.newsdesk.cms.importing.WordPressImports;
import org.newsdesk.cms.importing.WordPressPictures;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.web.security.SessionCsrfToken;

/**
 * Takes a WordPress export upload and streams it to disk under the data directory (never whole
 * in memory), then starts the import and sends the editor to its progress page.
 *
 * <p>A servlet, not a controller: the admin UI's JAX-RS side takes only small url-encoded forms
 * ({@code FormGuard}), and Jakarta MVC checks CSRF tokens only in those. So the token is checked
 * here, against the one Jakarta MVC keeps in the session for the admin UI's forms (the same
 * {@code layout :: csrf} field the upload form carries): a post without it changes nothing (403).
 *
 * <p>Registered by {@link ImportUploadRegistration}, with the container's size limits: a body over
 * the limit is refused while it streams in, Content-Length or not.
 */
public class ImportUploadServlet extends HttpServlet {

    /** Where {@link ImportUploadRegistration} maps it (the role matrix's test reads it too). */
    static final String MAPPING = "/admin/imports/upload";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportUploadServlet.class.getName());

    @Inject
    WordPressImports imports;

    @Inject
    UploadRefusal refusal;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String actor = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        if (actor == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            imports.requireImporter(actor);
        } catch (NotPermittedException refused) {
            drain(request);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            drain(request);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        long limit = imports.maximumBytes();
        if (request.getContentLengthLong() > limit + ImportUploadRegistration.FORM_OVERHEAD) {
            drain(request);
            refused(request, response, tooLarge(request.getContentLengthLong(), limit));
            return;
        }
        Part file;
        try {
            // reading the token parses the multipart body, as getPart does
            if (!SessionCsrfToken.sentWith(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            file = request.getPart("file");
        } catch (IllegalStateException overLimit) {
            // the container stopped storing the body at its multipart limit (a chunked upload has
            // no Content-Length to check before); what it stored it deletes
            refused(request, response, tooLarge(limit));
            return;
        }
        if (file == null || file.getSize() == 0) {
            if (file != null) {
                file.delete();
            }
            refused(request, response, "Choose the WordPress export file (.xml) to import.");
            return;
        }
        if (file.getSize() > limit) {
            file.delete();
            refused(request, response, tooLarge(file.getSize(), limit));
            return;
        }
        Path directory = imports.uploadDirectory();
        Files.createDirectories(directory);
        Path stored = directory.resolve(UUID.randomUUID() + ".xml");
        long bytes = file.getSize();
        ImportJob job;
        String name = fileName(file);
        try {
            // a move within the data directory when the part is on disk; the path relative to the
            // multipart location, as the specification has it (Payara resolves even an absolute one
            // against the location)
            file.write(directory.resolve(ImportUploadRegistration.INCOMING).relativize(stored).toString());
            // the site's wp-content/uploads as a zip, optional: kept beside the export, read where it lies
            Part uploads = request.getPart("uploads");
            if (uploads != null) {
                try {
                    if (uploads.getSize() > 0) {
                        uploads.write(directory.resolve(ImportUploadRegistration.INCOMING)
                                .relativize(WordPressPictures.uploadsBeside(stored)).toString());
                    }
                } finally {
                    uploads.delete();
                }
            }
            boolean showUpdates = request.getParameter("showUpdates") != null;
            job = imports.start(actor, name, stored, bytes, showUpdates);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(stored);
            Files.deleteIfExists(WordPressPictures.uploadsBeside(stored));
            throw e;
        } finally {
            file.delete();
        }
        LOG.fine(() -> actor + " uploaded " + name + " (" + job.getFileBytes() + " bytes) as import " + job.getId());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/admin/imports/" + job.getId());
    }

    private static String tooLarge(long bytes, long limit) {
        return String.format(Locale.ROOT, "The file is %,d MB; ", (bytes + 1024 * 1024 - 1) / (1024 * 1024)) + tooLarge(limit);
    }

    static String tooLarge(long limit) {
        return String.format(Locale.ROOT, "Newsdesk takes exports of at most %,d MB. Export the site "
                        + "in parts (WordPress's Tools \u2192 Export can take one category or a date range at a time), or ask "
                        + "the operator to raise CMS_IMPORT_MAX_MB.", limit / (1024 * 1024));
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, String message) {
        refusal.say(message);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/admin/imports#file");
    }

    private static String fileName(Part file) {
        String submitted = file.getSubmittedFileName();
        if (submitted == null || submitted.isBlank()) {
            return "export.xml";
        }
        String name = submitted.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Reads what is left of a refused body, so the browser gets the answer instead of a reset connection. */
    private static void drain(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
