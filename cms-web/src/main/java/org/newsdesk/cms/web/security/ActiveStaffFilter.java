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
import java.util.Optional;
import java.util.Set;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * Ends a session whose account an admin has deactivated or given other roles. Signing in stores
 * the caller and their roles in the session, and later requests reuse them without asking the
 * staff accounts again; this filter asks on every admin request, so the change takes effect on
 * the person's next click: they are signed out and sent to the sign-in form, which says why. (A
 * deactivated account then cannot sign in; a changed one signs in with its new roles.)
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
        Optional<StaffMember> member = staff.findActive(caller.getName());
        if (member.isPresent() && sameRoles(request, member.get().effectiveRoles())) {
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

    /** Whether the roles the session was signed in with are the ones the account has now. */
    private static boolean sameRoles(HttpServletRequest request, Set<Role> now) {
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name()) != now.contains(role)) {
                return false;
            }
        }
        return true;
    }
}
