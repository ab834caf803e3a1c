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
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.staff.SignInAttempt;
import org.newsdesk.cms.staff.SignInGate;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.staff.TwoFactorService;

/**
 * The sign-in form, its second step for people with two-factor on, and signing out.
 *
 * <p>Every attempt, password or code, first passes the throttle ({@link SignInGate}): one that must
 * wait is refused at once, unchecked, with the same words whether the account exists or not. The
 * checks are made here, and only when all have passed is the container told who signed in (a
 * {@link VerifiedSignIn}), in a new session.
 */
@Controller
@Path("")
@RequestScoped
public class LoginController {

    public static final String BAD_CREDENTIALS = "The username or password is not right. Check them and try again.";
    public static final String BAD_CODE = "That code is not right. Type the 6 digits your authenticator app shows now, "
            + "or one of your recovery codes.";

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
    SignInGate gate;

    @Inject
    StaffService staff;

    @Inject
    TwoFactorService twoFactors;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    /** What the form says when the throttle refuses an attempt: how long, never whether the account exists. */
    public static String throttled(SignInGate.Throttled throttled) {
        return "Too many sign-in attempts. Wait about " + throttled.described() + ", then try again.";
    }

    /**
     * The form; shown at its own address, or in place of an admin page someone opened while signed
     * out, in which case that page is where they go on to.
     */
    @GET
    @Path("login")
    public String form(@QueryParam("signedOut") String signedOut, @QueryParam("ended") String ended,
                       @QueryParam("again") String again) {
        models.put("signedOut", signedOut != null);
        models.put("ended", ended != null);
        models.put("again", again != null);
        models.put("username", "");
        models.put("next", pageAskedFor());
        return "login.html";
    }

    @POST
    @Path("login")
    @CsrfProtected
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("next") String next) {
        String typed = username == null ? "" : username;
        // A new session before signing in: an id planted by someone else (session fixation) is
        // worth nothing afterwards, and no state of an earlier attempt or of the page that asked
        // for sign-in lingers (the mechanism's saved request would refuse that page with 403).
        freshSession();
        SignInGate.Admission admission = gate.admit(typed, clientAddress.of(request));
        if (admission instanceof SignInGate.Throttled throttled) {
            announce(typed, SignInAttempt.Outcome.THROTTLED);
            return passwordFormAgain(throttled(throttled), typed, next, throttled);
        }
        SignInGate.Admitted admitted = (SignInGate.Admitted) admission;
        Optional<StaffMember> member = staff.verify(typed, (password == null ? "" : password).toCharArray());
        if (member.isEmpty()) {
            announce(typed, SignInAttempt.Outcome.REFUSED);
            return passwordFormAgain(BAD_CREDENTIALS, typed, next, null);
        }
        String account = member.get().getUsername();
        if (twoFactors.isOn(account)) {
            // the password alone signs nobody in: its try is given back, the account's count stays
            gate.passed(admitted);
            request.getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                    new PendingSignIn(account, typed.strip(), clock.instant(), isAdminPage(next) ? next : "/admin/"));
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/login/code")).build();
        }
        return complete(account, typed, admitted, isAdminPage(next) ? next : "/admin/");
    }

    /** The second step: the code from the person's authenticator app. */
    @GET
    @Path("login/code")
    public Response codeForm() {
        if (pending().isEmpty()) {
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/login?again")).build();
        }
        return Response.ok("login-code.html").build();
    }

    @POST
    @Path("login/code")
    @CsrfProtected
    public Response secondFactor(@FormParam("code") String code) {
        Optional<PendingSignIn> found = pending();
        if (found.isEmpty()) {
            // no password step in this session, or it was too long ago: from the start
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/login?again")).build();
        }
        PendingSignIn pending = found.get();
        SignInGate.Admission admission = gate.admit(pending.username(), clientAddress.of(request));
        if (admission instanceof SignInGate.Throttled throttled) {
            announce(pending.typed(), SignInAttempt.Outcome.THROTTLED);
            models.put("error", throttled(throttled));
            retryAfter(throttled);
            return Response.ok("login-code.html").build();
        }
        if (!twoFactors.verifySecondFactor(pending.username(), code == null ? "" : code)) {
            announce(pending.typed(), SignInAttempt.Outcome.SECOND_FACTOR_REFUSED);
            models.put("error", BAD_CODE);
            return Response.ok("login-code.html").build();
        }
        return complete(pending.username(), pending.typed(), (SignInGate.Admitted) admission, pending.next());
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

    /** Every check has passed: the container signs the person in, in a session of its own. */
    private Response complete(String account, String typed, SignInGate.Admitted admitted, String next) {
        freshSession();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new VerifiedSignIn(account)));
        if (status != AuthenticationStatus.SUCCESS) {
            // deactivated between the two steps
            freshSession();
            announce(typed, SignInAttempt.Outcome.REFUSED);
            return passwordFormAgain(BAD_CREDENTIALS, typed, next, null);
        }
        gate.signedIn(admitted);
        announce(typed, SignInAttempt.Outcome.SIGNED_IN);
        ActiveStaffFilter.signedInNow(request.getSession(), clock);
        return Response.seeOther(URI.create(request.getContextPath() + next)).build();
    }

    private Response passwordFormAgain(String error, String typed, String next, SignInGate.Throttled throttled) {
        // A failed attempt leaves the mechanism's half-finished state in the session, which blanks
        // the next admin page; the next attempt starts from a clean session too.
        freshSession();
        models.put("error", error);
        models.put("username", typed);
        models.put("next", next == null ? "" : next);
        // Krazo renders a view with 200 whatever status is asked for; the form itself says what went wrong
        if (throttled != null) {
            retryAfter(throttled);
        }
        return Response.ok("login.html").build();
    }

    /** For scripts: when to try again, in whole seconds rounded up (Krazo drops headers set on a view's Response). */
    private void retryAfter(SignInGate.Throttled throttled) {
        response.setHeader("Retry-After", String.valueOf((throttled.waitFor().toMillis() + 999) / 1000));
    }

    private void announce(String typed, SignInAttempt.Outcome outcome) {
        attempts.fire(new SignInAttempt(typed.strip(), outcome, clientAddress.of(request), clock.instant()));
    }

    private Optional<PendingSignIn> pending() {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (pending instanceof PendingSignIn half && !half.expiredAt(clock.instant())) {
            return Optional.of(half);
        }
        return Optional.empty();
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
