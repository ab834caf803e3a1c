package org.newsdesk.cms.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.regex.Pattern;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.staff.SignInAttempt;
import org.newsdesk.cms.staff.StaffService;

/** The sign-in form and signing out. */
@Controller
@Path("")
@RequestScoped
public class LoginController {

    public static final String BAD_CREDENTIALS = "The username or password is not right. Check them and try again.";

    /**
     * Only a page of our own admin UI is a place to go on to, never another site (open redirect):
     * a path under /admin in plain URL characters, with no empty or dot segments.
     */
    private static final Pattern ADMIN_PAGE =
            Pattern.compile("/admin(/(?!\\.{1,2}(/|\\?|$))[A-Za-z0-9._~-]+)*/?(\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?");

    @Inject
    SecurityContext security;

    @Inject
    Models models;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Event<SignInAttempt> attempts;

    @Inject
    Changes changes;

    @Inject
    StaffService staff;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    /**
     * The form; shown at its own address, or in place of an admin page someone opened while signed
     * out, in which case that page is where they go on to.
     */
    @GET
    @Path("login")
    public String form(@QueryParam("signedOut") String signedOut, @QueryParam("ended") String ended) {
        models.put("signedOut", signedOut != null);
        models.put("ended", ended != null);
        models.put("username", "");
        models.put("next", pageAskedFor());
        return "login.html";
    }

    @POST
    @Path("login")
    @CsrfProtected
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("next") String next) {
        // A new session before signing in: an id planted by someone else (session fixation) is
        // worth nothing afterwards, and no state of an earlier attempt or of the page that asked
        // for sign-in lingers (the mechanism's saved request would refuse that page with 403).
        freshSession();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password))));
        boolean signedIn = status == AuthenticationStatus.SUCCESS;
        attempts.fire(new SignInAttempt(username == null ? "" : username.strip(),
                signedIn ? SignInAttempt.Outcome.SIGNED_IN : SignInAttempt.Outcome.REFUSED,
                clientAddress.of(request), clock.instant()));
        if (signedIn) {
            ActiveStaffFilter.signedInNow(request.getSession(), clock);
            String adminPath = isAdminPage(next) ? next : "/admin/";
            return Response.seeOther(URI.create(request.getContextPath() + adminPath)).build();
        }
        // A failed attempt leaves the mechanism's half-finished state in the session, which blanks
        // the next admin page; the next attempt starts from a clean session too.
        freshSession();
        models.put("error", BAD_CREDENTIALS);
        models.put("username", username == null ? "" : username);
        models.put("next", next == null ? "" : next);
        // Krazo renders a view with 200 whatever status is asked for; the form itself says what went wrong
        return Response.ok("login.html").build();
    }

    @POST
    @Path("logout")
    @CsrfProtected
    public Response signOut() throws ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            // for the audit log, like every sign-in
            staff.findActive(caller.getName()).ifPresent(member -> changes.announce(member.asActor(), Action.SIGNED_OUT,
                    Subject.account(member.getId(), member.getUsername()), null));
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/login?signedOut")).build();
    }

    static boolean isAdminPage(String next) {
        return next != null && ADMIN_PAGE.matcher(next).matches();
    }

    private void freshSession() {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
    }

    /** The admin page (path and query, without the context path) this form stands in for, or "". */
    private String pageAskedFor() {
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (uri == null) {
            return "";
        }
        String path = uri.toString().substring(request.getContextPath().length());
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return query == null ? path : path + "?" + query;
    }
}
