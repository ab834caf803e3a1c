package org.newsdesk.cms.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A form posted after the session ended (Save pressed after an hour away, an autosave) is shown
 * the sign-in form, as a page opened while signed out is. The container forwards such a request
 * to the sign-in form with its method, POST, which would reach the sign-in form's own POST and be
 * refused there as a forged sign-in (its CSRF token belongs to the ended session): a bare "Not
 * allowed" page. Taken as the GET it stands for, without the body the sign-in mechanism has
 * already read (JAX-RS would log a WARNING about a form it cannot read), it shows the form, which
 * then goes on to the page that was asked for; the editor's script recognises it, and the
 * editor's text is kept in the browser meanwhile.
 */
// mapped in web.xml to /admin/login, for forwards only
@WebFilter(filterName = "ForwardedSignIn")
public class ForwardedSignIn extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter("POST".equals(request.getMethod()) ? new AsTheFormsGet(request) : request, response);
    }

    /** The forwarded POST as a GET of the sign-in form: no body, no content type, no form fields. */
    private static final class AsTheFormsGet extends HttpServletRequestWrapper {

        AsTheFormsGet(HttpServletRequest posted) {
            super(posted);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getHeader(String name) {
            return isBodyHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isBodyHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isBodyHeader(name)).toList());
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return Collections.emptyMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        private static boolean isBodyHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name);
        }
    }
}
