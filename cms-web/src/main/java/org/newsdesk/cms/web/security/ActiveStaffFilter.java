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
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.persistence.DatabaseUnavailable;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.staff.TwoFactorService;

/**
 * Ends a session whose account an admin has deactivated, whose password an admin has reset, or
 * whose roles an admin has changed. Signing in stores the caller and the time in the session, and
 * later requests reuse it without asking the staff accounts again; this filter asks on every
 * admin request, so the change takes effect on the person's next click, on every instance: they
 * are signed out and sent to the sign-in form, which says why.
 *
 * <p>The services read a person's roles from their staff record on every action, never from the
 * session, so a role change is enforced at once either way; the sign-out makes sure no screen
 * opened with the old roles stays in use. (The container's copy of the roles is not asked at all:
 * Payara 6 loses it under concurrent load, see web.xml.)
 *
 * <p>While admins must use two-factor sign-in, an admin who has not set it up is sent to their
 * account page, and no other admin page answers them until they have.
 */
// mapped in web.xml to /admin/*, after the public site filter
@WebFilter(filterName = "ActiveStaff")
public class ActiveStaffFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SIGN_IN_AGAIN = "/admin/login?ended";
    /** The person's own account page, where two-factor is set up: open even to an admin who must set it up. */
    static final String ACCOUNT = "/admin/account";
    /** When this session signed in: an {@link Instant}, from the injected clock. */
    private static final String SIGNED_IN_AT = "newsdesk.signedInAt";

    @Inject
    StaffService staff;

    @Inject
    TwoFactorService twoFactors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (caller == null || path.equals("/admin/login") || path.equals("/admin/logout")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession current = request.getSession(false);
        Instant signedInAt = current == null ? null : (Instant) current.getAttribute(SIGNED_IN_AT);
        Optional<StaffMember> member;
        boolean mustEnrol;
        try {
            member = staff.findActive(caller.getName()).filter(m -> m.acceptsSessionSignedInAt(signedInAt));
            mustEnrol = member.isPresent() && !isAccountPage(request) && twoFactors.mustEnrol(member.get());
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure)) {
                throw failure;
            }
            // The database cannot say, and signing out would lose what an editor is saving. The
            // request goes on: whatever it does needs the database too, and the services check
            // the staff record again on every action, so nothing is done unchecked; the editor
            // gets their form back with "try again" (ArticleEditorController), anything else the
            // 503 page (DatabaseOutageFilter).
            chain.doFilter(request, response);
            return;
        }
        if (member.isPresent()) {
            if (mustEnrol) {
                // admins must use two-factor and this one has not set it up: nothing else until they do
                response.sendRedirect(request.getContextPath() + ACCOUNT + "?enrol");
                return;
            }
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

    /**
     * The account page or one of its forms, read as the container routes the request (servlet path
     * and path info, dot segments resolved), never from the raw URI: {@code /admin/account/../staff}
     * is the staff page, not an account page.
     */
    private static boolean isAccountPage(HttpServletRequest request) {
        String routed = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return routed.equals(ACCOUNT) || routed.startsWith(ACCOUNT + "/");
    }

    /** Marks {@code session} as signed in now: sessions signed in before a reset of the account end. */
    public static void signedInNow(HttpSession session, Clock clock) {
        session.setAttribute(SIGNED_IN_AT, clock.instant());
    }
}
