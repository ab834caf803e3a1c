package org.newsdesk.cms.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;

/**
 * The admin UI's CSRF check for the few posts Jakarta MVC never sees: file uploads, which a
 * servlet of their own takes ({@code multipart/form-data}), because Jakarta MVC checks its token
 * only in url-encoded forms and the admin UI's form guard refuses any other body. They carry the
 * same {@code layout :: csrf} field as every admin form; this compares it with the token Krazo
 * (Jakarta MVC) keeps in the session, in constant time.
 */
public final class SessionCsrfToken {

    private static final Logger LOG = Logger.getLogger(SessionCsrfToken.class.getName());

    /** Where Krazo's session strategy keeps the token (org.eclipse.krazo.security.SessionCsrfTokenStrategy). */
    private static final String KRAZO_TOKEN = "org.eclipse.krazo.security.SessionCsrfTokenStrategy.TOKEN";

    private SessionCsrfToken() {
    }

    /**
     * Whether the request's CSRF field holds the session's token. Reading the field of a
     * multipart post parses its body (the servlet must be {@code @MultipartConfig}), as getPart does.
     */
    public static boolean sentWith(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(KRAZO_TOKEN);
        if (token == null) {
            return false;
        }
        String expected;
        String field;
        try {
            // Krazo's CsrfToken is not API: read through its two getters, which are
            expected = (String) token.getClass().getMethod("getValue").invoke(token);
            field = (String) token.getClass().getMethod("getParamName").invoke(token);
        } catch (ReflectiveOperationException | ClassCastException e) {
            LOG.warning("The admin UI's CSRF token could not be read: " + e);
            return false;
        }
        String sent = request.getParameter(field);
        return expected != null && sent != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
