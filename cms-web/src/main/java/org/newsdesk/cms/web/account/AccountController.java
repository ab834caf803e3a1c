package org.newsdesk.cms.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.staff.SignInGate;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.staff.TwoFactor;
import org.newsdesk.cms.staff.TwoFactorService;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.security.ClientAddress;
import org.newsdesk.cms.web.security.LoginController;
import org.newsdesk.cms.web.staff.StaffRow;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormProblems;

/**
 * The signed-in person's own account: every action here is on the caller's own account, whoever
 * they are, so there is no id in any path to tamper with.
 */
@Controller
@Path("account")
@RequestScoped
public class AccountController {

    @Inject
    StaffService staff;

    @Inject
    TwoFactorService twoFactors;

    @Inject
    SecurityContext security;

    @Inject
    SignInGate gate;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PublicationTime time;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Inject
    @ConfigProperty(name = "cms.site.name", defaultValue = "Newsdesk")
    String siteName;

    @Context
    HttpServletRequest request;

    @GET
    public String account(@QueryParam("enrol") String enrol) {
        models.put("enrol", enrol != null);
        return page();
    }

    /** Starts setting up an app (or starts again): a new secret, not on until confirmed. */
    @POST
    @Path("two-factor")
    @CsrfProtected
    public Response begin() {
        try {
            twoFactors.begin(me(), siteName);
            return backToAccount("#two-factor-set-up");
        } catch (InvalidInputException invalid) {
            return again(invalid);
        }
    }

    /** Turns two-factor on with a current code, and shows the recovery codes, this once. */
    @POST
    @Path("two-factor/confirm")
    @CsrfProtected
    public Response confirm(@FormParam("code") String code, @FormParam("password") String password) {
        if (twoFactors.pending(me(), siteName).isEmpty()) {
            return again(new InvalidInputException("code", "Start the set-up again: there is no app waiting to be confirmed."));
        }
        // a password is guessed here as at the sign-in form: the same throttle
        SignInGate.Admission admission = gate.admit(me(), clientAddress.of(request));
        if (admission instanceof SignInGate.Throttled throttled) {
            return again(new InvalidInputException("password", LoginController.throttled(throttled)));
        }
        try {
            List<String> codes = twoFactors.confirm(me(), code, password);
            gate.signedIn((SignInGate.Admitted) admission);
            return recoveryCodes(codes, "Two-factor sign-in is on. From now on you sign in with your password and a code from your app.");
        } catch (InvalidInputException invalid) {
            return again(invalid);
        }
    }

    @POST
    @Path("recovery-codes")
    @CsrfProtected
    public Response newRecoveryCodes(@FormParam("confirmation") String confirmation) {
        if (!twoFactors.isOn(me())) {
            return again(new InvalidInputException("recovery", "Recovery codes come with two-factor sign-in: turn it on first."));
        }
        // a code or a password is guessed here too
        SignInGate.Admission admission = gate.admit(me(), clientAddress.of(request));
        if (admission instanceof SignInGate.Throttled throttled) {
            return again(new InvalidInputException("recovery", LoginController.throttled(throttled)));
        }
        try {
            List<String> codes = twoFactors.replaceRecoveryCodes(me(), confirmation);
            gate.signedIn((SignInGate.Admitted) admission);
            return recoveryCodes(codes, "New recovery codes: the old ones no longer work.");
        } catch (InvalidInputException invalid) {
            return again(invalid);
        }
    }

    @POST
    @Path("two-factor/off")
    @CsrfProtected
    public Response turnOff(@FormParam("confirmation") String confirmation) {
        if (!twoFactors.isOn(me())) {
            return again(new InvalidInputException("confirmation", "Two-factor sign-in is not on."));
        }
        // a code or a password is guessed here as at the sign-in form: the same throttle
        SignInGate.Admission admission = gate.admit(me(), clientAddress.of(request));
        if (admission instanceof SignInGate.Throttled throttled) {
            return again(new InvalidInputException("confirmation", LoginController.throttled(throttled)));
        }
        try {
            twoFactors.turnOff(me(), confirmation);
            gate.signedIn((SignInGate.Admitted) admission);
            flash.say("Two-factor sign-in is off: you sign in with your password alone.");
            return backToAccount("");
        } catch (InvalidInputException invalid) {
            return again(invalid);
        }
    }

    private Response recoveryCodes(List<String> codes, String said) {
        models.put("codes", codes);
        models.put("said", said);
        return Response.ok("account/recovery-codes.html").build();
    }

    private Response again(InvalidInputException invalid) {
        models.put("problems", FormProblems.of(invalid));
        models.put("enrol", false);
        return Response.ok(page()).build();
    }

    private String page() {
        String me = me();
        StaffMember member = staff.getActive(me);
        Optional<TwoFactor> twoFactor = twoFactors.find(me);
        models.put("account", new StaffRow(member, time));
        models.put("twoFactorOn", twoFactor.filter(TwoFactor::isOn).isPresent());
        models.put("twoFactorSince", twoFactor.map(TwoFactor::getConfirmedAt).map(time::display).orElse(null));
        models.put("recoveryCodesLeft", twoFactor.filter(TwoFactor::isOn).map(t -> twoFactors.recoveryCodesLeft(me)).orElse(0L));
        models.put("mustEnrol", twoFactors.mustEnrol(member));
        twoFactors.pending(me, siteName).ifPresentOrElse(pending -> {
            models.put("pending", true);
            models.put("secret", spaced(pending.secret()));
            models.put("uri", pending.uri());
            models.put("qr", QrCodes.svgDataUri(pending.uri()));
        }, () -> models.put("pending", false));
        return "account/account.html";
    }

    /** The secret in groups of four, as it is easiest to type into an app by hand. */
    private static String spaced(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private Response backToAccount(String fragment) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/account" + fragment)).build();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}
