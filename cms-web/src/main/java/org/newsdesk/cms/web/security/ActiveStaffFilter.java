package org.newsdesk.cms.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.newsdesk.cms.staff.StaffService;

/**
 * Ends a session whose account an admin has deactivated. Signing in stores the caller in the
 * session, and later requests reuse it without asking the staff accounts again; this filter asks
 * on every admin request, so a deactivation takes effect on the person's next click: they are
 * signed out and sent to the sign-in form, which says why, and cannot sign in again.
 *
 * <p>A change of roles needs no sign-out: the services read a person's roles from their staff
 * record on every action, never from the session. (The container's copy of the roles is not
 * asked at all: Payara 6 loses it under concurrent load, see web.xml.)
 */
// mapped in web.xml to /admin/*, after the public site filter
@WebFilter(filterName = "ActiveStaff")
public class ActiveStaffFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SIGN_IN_AGAIN = "/admin/login?ended";

    @Inject
    StaffService staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (caller == null || path.equals("/admin/login") || path.equals("/admin/logout")) {
            chain.doFilter(request, response);
            return;
        }
        if (staff.findActive(caller.getName()).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + SIGN_IN_AGAIN);
    }
}
