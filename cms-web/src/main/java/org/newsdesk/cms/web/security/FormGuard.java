package org.newsdesk.cms.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Every form posted to the admin UI is looked at before anything parses it: too large or with too
 * many fields, 413; not a form, or with an escape that does not decode ({@code %zz}), 400. Each
 * answer is a short page from {@code /errors/}, and at most one line in the log. Without this, the
 * framework's own parsing answers such requests with a 500 and a stack trace per request, and
 * anyone, signed in or not, could keep the CPU busy with a few large posts.
 *
 * <p>The limits leave room for the longest story the editor accepts
 * ({@value org.newsdesk.cms.article.ArticleDraft#BODY_MAXIMUM} characters of body) written in a
 * script whose every character takes several bytes once URL-encoded.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500) // before the framework reads the form for its own filters
public class FormGuard implements ContainerRequestFilter {

    static final int MAXIMUM_BYTES = 8 * 1024 * 1024;
    static final int MAXIMUM_FIELDS = 500;
    private static final long DRAIN_BYTES = 4L * MAXIMUM_BYTES;

    private static final Logger LOG = Logger.getLogger(FormGuard.class.getName());

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!declaresBody(request)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            refuse(request, Response.Status.BAD_REQUEST, "a body that is not a form (" + type + ")");
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(MAXIMUM_BYTES + 1);
        } catch (IOException notArrived) {
            // The client stopped sending before its declared length and the server's read timed
            // out: its fault, so a 400 rather than the framework's 500 and stack trace.
            LOG.fine(() -> "Refused a form that did not arrive whole: " + request.getMethod() + " "
                    + request.getUriInfo().getPath() + " (" + notArrived + ")");
            request.abortWith(Response.status(Response.Status.BAD_REQUEST).header("Connection", "close").build());
            return;
        }
        if (body.length > MAXIMUM_BYTES) {
            refuse(request, Response.Status.REQUEST_ENTITY_TOO_LARGE, "a form of more than " + MAXIMUM_BYTES + " bytes");
            return;
        }
        String form = new String(body, StandardCharsets.US_ASCII);
        if (fieldCount(form) > MAXIMUM_FIELDS) {
            refuse(request, Response.Status.REQUEST_ENTITY_TOO_LARGE, "a form of more than " + MAXIMUM_FIELDS + " fields");
            return;
        }
        if (!decodes(form)) {
            refuse(request, Response.Status.BAD_REQUEST, "a form whose escapes do not decode");
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /**
     * Whether the request says it has a body, from its headers alone. Asking the framework
     * ({@code hasEntity()}) reads from the connection: on a request with {@code Connection: Upgrade}
     * and no length, which the server treats as a stream with no end, that read held a request
     * thread for 30 s and then answered 500, for any GET of an admin page.
     */
    static boolean declaresBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    static int fieldCount(String form) {
        if (form.isEmpty()) {
            return 0;
        }
        int fields = 1;
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) == '&') {
                fields++;
            }
        }
        return fields;
    }

    /** Whether every name and value decodes as UTF-8 URL encoding, as the framework will decode them. */
    static boolean decodes(String form) {
        try {
            for (String field : form.split("&")) {
                URLDecoder.decode(field, StandardCharsets.UTF_8);
            }
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Reads and forgets up to {@code limit} bytes; how many there were. */
    private static long drop(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long dropped = 0;
        int read;
        while (dropped < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - dropped))) != -1) {
            dropped += read;
        }
        return dropped;
    }

    /**
     * The status alone: the servlet container answers it with the matching page from /errors/.
     * Reading costs next to nothing beside parsing, so what is left of the body, up to a few times
     * the limit, is read and dropped first: a client that sends its whole body before it reads the
     * answer then gets the page. Beyond that the connection is closed after the answer.
     */
    private static void refuse(ContainerRequestContext request, Response.Status status, String what) throws IOException {
        boolean drained = drop(request.getEntityStream(), DRAIN_BYTES) < DRAIN_BYTES;
        LOG.fine(() -> "Refused " + what + ": " + request.getMethod() + " " + request.getUriInfo().getPath()
                + " (" + status.getStatusCode() + ")");
        Response.ResponseBuilder answer = Response.status(status);
        if (!drained) {
            answer.header("Connection", "close");
        }
        request.abortWith(answer.build());
    }
}
