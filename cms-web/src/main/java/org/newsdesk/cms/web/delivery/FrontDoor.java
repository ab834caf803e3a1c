package org.newsdesk.cms.web.delivery;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.SessionManager;
import org.newsdesk.cms.publish.delivery.KeptPages;
import org.newsdesk.cms.publish.delivery.PageReply;
import org.newsdesk.cms.publish.delivery.PublicSite;
import org.newsdesk.cms.web.support.RequestCounts;
import org.newsdesk.cms.web.support.SecurityHeadersFilter;
import org.newsdesk.cms.web.support.SiteArea;

/**
 * Answers a reader's view of a page this instance keeps, before Payara's web container: a kept page
 * is one lookup in memory, and the container's mapping, Jakarta Authentication and authorization
 * checks, CDI request context and filter chain cost several times that (a flight recording of
 * cached views put four fifths of their CPU there).
 *
 * <p>It wraps the HTTP handler Payara installs on a network listener (its {@code ContainerMapper})
 * and answers only what the servlet pipeline would answer the same way without rendering: a GET
 * or HEAD without a query, of a plain path within this application that the public site has
 * already read ({@link KeptPages#find}), whose page this instance holds under the current
 * generations. It sends exactly what the pipeline sends ({@link PageReply}), with the security
 * headers every response carries, and counts the answer where the pipeline would
 * ({@code newsdesk.requests}, the page cache's hits) and in {@value FrontDoorInstaller#ANSWERS}.
 * Everything else, a miss included, goes on to the container untouched.
 *
 * <p>The container is skipped on purpose for these views only: they need no caller (the public
 * site treats everyone alike, see {@code ReadersSkipSignIn}), no session and no servlet. Payara's
 * access log and HTTP monitoring do not see them; the application's metrics do.
 */
final class FrontDoor extends HttpHandler {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class.getName());

    /** Payara's handler: the web container and everything else on the listener. */
    private final HttpHandler inner;
    private final String contextPath;
    private final KeptPages kept;
    private final RequestCounts counts;
    private final Counter answers;
    /** The inner handler's own versions of the hooks its request preparation calls, where it has them. */
    private final Method sessionCookieName;
    private final Method sessionManager;
    private final Method errorPageGenerator;
    private final Method sendAcknowledgment;
    /** Closed when the application goes: from then on every request goes on to the container. */
    private volatile boolean open = true;

    /**
     * Made with the inner handler's request preparation (URI decoding, encoded slashes, reason
     * phrases), which the listener now runs on this handler before {@link #service}.
     */
    FrontDoor(HttpHandler inner, String contextPath, KeptPages kept, RequestCounts counts, Counter answers) {
        super(inner.getName());
        this.inner = inner;
        this.contextPath = contextPath;
        this.kept = kept;
        this.counts = counts;
        this.answers = answers;
        setAllowEncodedSlash(inner.isAllowEncodedSlash());
        setRequestURIEncoding(inner.getRequestURIEncoding());
        setAllowCustomStatusMessage(inner.isAllowCustomStatusMessage());
        setDecodeUrl(decodesUrl(inner));
        sessionCookieName = overridden(inner, "getSessionCookieName");
        sessionManager = overridden(inner, "getSessionManager", Request.class);
        errorPageGenerator = overridden(inner, "getErrorPageGenerator", Request.class);
        sendAcknowledgment = overridden(inner, "sendAcknowledgment", Request.class, Response.class);
    }

    HttpHandler inner() {
        return inner;
    }

    void close() {
        open = false;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (!open || !answeredOrLeft(request, response)) {
            inner.service(request, response);
        }
    }

    /**
     * Answers a kept page, or leaves the request untouched to the container: also when looking
     * fails (an application that never finished starting, say), so a reader gets what the
     * container gives rather than an error of the door's.
     */
    private boolean answeredOrLeft(Request request, Response response) throws IOException {
        try {
            return answered(request, response);
        } catch (RuntimeException failed) {
            if (response.isCommitted()) {
                throw failed;
            }
            response.reset();
            LOG.log(Level.FINE, "The front door could not look " + request.getRequestURI() + " up; the container answers", failed);
            return false;
        }
    }

    /** Answers a kept page, or does nothing and says so. */
    private boolean answered(Request request, Response response) throws IOException {
        org.glassfish.grizzly.http.Method method = request.getMethod();
        boolean head = method == org.glassfish.grizzly.http.Method.HEAD;
        if (!head && method != org.glassfish.grizzly.http.Method.GET || request.getQueryString() != null) {
            return false;
        }
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith(contextPath)) {
            return false;
        }
        String path = uri.substring(contextPath.length());
        if (!isPlain(path) || !PublicSite.isTheSites(path)) {
            return false;
        }
        Optional<KeptPages.Kept> found = kept.find(path, request.getScheme(), request.getServerName(), request.getServerPort(),
                contextPath);
        if (found.isEmpty()) {
            return false;
        }
        SecurityHeadersFilter.EVERY_RESPONSE.forEach(response::setHeader);
        PageReply.send(found.get().page(), found.get().group(), asked(request, head), new Reply(response));
        counts.answered(SiteArea.PUBLIC, response.getStatus());
        answers.inc();
        return true;
    }

    private static PageReply.Asked asked(Request request, boolean head) {
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            ifModifiedSince = -1;
        }
        return new PageReply.Asked(head, request.getHeader("Accept-Encoding"), request.getHeader("If-None-Match"), ifModifiedSince);
    }

    /**
     * Whether a path is one the container would map as it stands: a slash, then letters, digits and
     * {@code - . _ ~ /}, with no empty, dot or dot-dot segment and nothing encoded. Anything else
     * (which the container normalises or decodes first) is left to the container.
     */
    static boolean isPlain(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '~' || c == '/' || c == '.';
            if (!allowed) {
                return false;
            }
            if (c == '/' && i + 1 < path.length() && (path.charAt(i + 1) == '/' || path.charAt(i + 1) == '.')) {
                return false;
            }
        }
        return true;
    }

    // The hooks the listener's request preparation (HttpHandler.doHandle) calls on this handler:
    // the inner handler's answers, so that requests going on to it are prepared as before.

    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return inner.getRequestExecutorProvider();
    }

    @Override
    protected String getSessionCookieName() {
        return sessionCookieName == null ? super.getSessionCookieName() : call(sessionCookieName, super.getSessionCookieName());
    }

    @Override
    protected SessionManager getSessionManager(Request request) {
        return sessionManager == null ? super.getSessionManager(request) : call(sessionManager, super.getSessionManager(request), request);
    }

    @Override
    protected ErrorPageGenerator getErrorPageGenerator(Request request) {
        return errorPageGenerator == null
                ? super.getErrorPageGenerator(request)
                : call(errorPageGenerator, super.getErrorPageGenerator(request), request);
    }

    @Override
    protected boolean sendAcknowledgment(Request request, Response response) throws IOException {
        return sendAcknowledgment == null
                ? super.sendAcknowledgment(request, response)
                : call(sendAcknowledgment, Boolean.FALSE, request, response);
    }

    @Override
    public void start() {
        inner.start();
    }

    @Override
    public void destroy() {
        inner.destroy();
    }

    @SuppressWarnings("unchecked")
    private <T> T call(Method hook, T otherwise, Object... arguments) {
        try {
            return (T) hook.invoke(inner, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.FINE, "The listener's own " + hook.getName() + " failed; the default applies", e);
            return otherwise;
        }
    }

    /** The inner handler's own version of a protected hook, if its class overrides HttpHandler's; else null. */
    private static Method overridden(HttpHandler inner, String name, Class<?>... parameters) {
        for (Class<?> type = inner.getClass(); type != null && type != HttpHandler.class; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(name, parameters);
                method.setAccessible(true);
                return method;
            } catch (NoSuchMethodException notHere) {
                // look further up
            } catch (RuntimeException inaccessible) {
                LOG.log(Level.FINE, "Cannot reach " + type.getName() + "." + name, inaccessible);
                return null;
            }
        }
        return null;
    }

    /** Whether the inner handler decodes the URL before its service (a private setting of HttpHandler). */
    private static boolean decodesUrl(HttpHandler inner) {
        try {
            java.lang.reflect.Field decodeUrl = HttpHandler.class.getDeclaredField("decodeURL");
            decodeUrl.setAccessible(true);
            return decodeUrl.getBoolean(inner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The pipeline's reply, written on the listener's response. */
    private record Reply(Response response) implements PageReply.Reply {

        @Override
        public void status(int status) {
            response.setStatus(status);
        }

        @Override
        public void header(String name, String value) {
            response.setHeader(name, value);
        }

        @Override
        public void contentType(String type) {
            response.setContentType(type);
        }

        @Override
        public void contentLength(int length) {
            response.setContentLength(length);
        }

        @Override
        public void body(byte[] body) throws IOException {
            response.getOutputStream().write(body);
        }
    }
}
