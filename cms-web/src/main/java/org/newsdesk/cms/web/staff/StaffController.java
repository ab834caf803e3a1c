package org.newsdesk.cms.web.staff;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.staff.TwoFactorService;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.security.ActiveStaffFilter;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormNumbers;
import org.newsdesk.cms.web.support.FormProblems;

/**
 * Staff accounts, for admins only: web.xml refuses everyone else at the door, and every call here
 * goes through StaffService, which checks again against the account as it is now (so a crafted
 * request from someone demoted a minute ago is refused too).
 */
@Controller
@Path("staff")
@RequestScoped
public class StaffController {

    @Inject
    StaffService staff;

    @Inject
    TwoFactorService twoFactors;

    @Inject
    SecurityContext security;

    @Inject
    PublicationTime time;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @Inject
    Clock clock;

    @GET
    public String list() {
        models.put("members", staff.list(actor()).stream().map(m -> new StaffRow(m, time)).toList());
        models.put("adminsNeedTwoFactor", twoFactors.policy().adminsNeedTwoFactor());
        return "staff/list.html";
    }

    /** The newsroom's rule: whether every admin must sign in with a code from an authenticator app. */
    @POST
    @Path("sign-in-policy")
    @CsrfProtected
    public Response signInPolicy(@FormParam("adminsNeedTwoFactor") String adminsNeedTwoFactor) {
        boolean required = "true".equals(adminsNeedTwoFactor);
        twoFactors.requireForAdmins(actor(), required);
        flash.say(required
                ? "Admins must now use two-factor sign-in. An admin without it, you included, is asked to set it up on their next page."
                : "Admins no longer need two-factor sign-in; whoever has it on keeps it.");
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/staff#sign-in-policy")).build();
    }

    @GET
    @Path("new")
    public String newMember() {
        staff.list(actor()); // refuses anyone but an admin
        models.put("form", new StaffForm("", "", ""));
        return "staff/new.html";
    }

    @POST
    @CsrfProtected
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
                           @FormParam("role") String role, @FormParam("password") String password) {
        try {
            StaffMember created = staff.create(actor(), username, displayName, password, StaffForm.roles(role));
            flash.say("Created the account \u201c" + created.getUsername() + "\u201d. Give "
                    + created.getDisplayName() + " the password in person or over a trusted channel.");
            return backToList(created.getId());
        } catch (InvalidInputException invalid) {
            // the password is never sent back to the browser: it is typed again
            models.put("problems", FormProblems.of(invalid));
            models.put("form", new StaffForm(username, displayName, role));
            return Response.ok("staff/new.html").build();
        }
    }

    @GET
    @Path("{id}")
    public String member(@PathParam("id") long id) {
        StaffMember member = staff.get(actor(), id);
        models.put("form", formOf(member));
        return memberPage(member);
    }

    @POST
    @Path("{id}/account")
    @CsrfProtected
    public Response saveAccount(@PathParam("id") long id, @FormParam("version") String version,
                                @FormParam("displayName") String displayName, @FormParam("role") String role) {
        try {
            StaffMember saved = staff.editAccount(actor(), id, FormNumbers.version(version), displayName,
                    StaffForm.roles(role));
            keepOwnSession(saved);
            flash.say("Saved the account \u201c" + saved.getUsername() + "\u201d: " + new StaffRow(saved, time).getRoleName()
                    + ", shown as " + saved.getDisplayName() + ".");
            return backToMember(id);
        } catch (InvalidInputException | StaleEditException refused) {
            StaffMember member = staff.get(actor(), id);
            List<FieldProblem> problems = refused instanceof InvalidInputException invalid ? invalid.problems()
                    : List.of(new FieldProblem("current", refused.getMessage()
                            + " The form shows what you chose; what is saved now is shown at the top. Save again to replace it."));
            models.put("problems", FormProblems.of(problems));
            models.put("form", new StaffForm(member.getUsername(), displayName, role));
            return Response.ok(memberPage(member)).build();
        }
    }

    @POST
    @Path("{id}/password")
    @CsrfProtected
    public Response resetPassword(@PathParam("id") long id, @FormParam("password") String password) {
        try {
            StaffMember member = staff.resetPassword(actor(), id, password);
            keepOwnSession(member);
            flash.say("Set a new password for \u201c" + member.getUsername() + "\u201d. Give it to "
                    + member.getDisplayName() + " in person or over a trusted channel.");
            return backToMember(id);
        } catch (InvalidInputException invalid) {
            return again(id, invalid);
        }
    }

    @POST
    @Path("{id}/deactivate")
    @CsrfProtected
    public Response deactivate(@PathParam("id") long id) {
        try {
            StaffMember member = staff.deactivate(actor(), id);
            flash.say("Deactivated \u201c" + member.getUsername() + "\u201d: they can no longer sign in, and an open "
                    + "session ends on its next page.");
            return backToMember(id);
        } catch (InvalidInputException invalid) {
            return again(id, invalid);
        }
    }

    @POST
    @Path("{id}/reactivate")
    @CsrfProtected
    public Response reactivate(@PathParam("id") long id) {
        StaffMember member = staff.reactivate(actor(), id);
        flash.say("Reactivated \u201c" + member.getUsername() + "\u201d: they can sign in again.");
        return backToMember(id);
    }

    /** The member lost their phone and recovery codes: they sign in with the password alone again. */
    @POST
    @Path("{id}/two-factor/off")
    @CsrfProtected
    public Response turnOffTwoFactor(@PathParam("id") long id) {
        try {
            StaffMember member = twoFactors.turnOffFor(actor(), id);
            flash.say("Turned off two-factor sign-in for \u201c" + member.getUsername() + "\u201d: they sign in with their "
                    + "password and can set it up again on their account page. Their open sessions have ended.");
            return backToMember(id);
        } catch (InvalidInputException invalid) {
            return again(id, invalid);
        }
    }

    /** The member's page again, with the problem at the form that caused it. */
    private Response again(long id, InvalidInputException invalid) {
        StaffMember member = staff.get(actor(), id);
        models.put("problems", FormProblems.of(invalid));
        models.put("form", formOf(member));
        return Response.ok(memberPage(member)).build();
    }

    private String memberPage(StaffMember member) {
        models.put("member", new StaffRow(member, time));
        models.put("self", member.getUsername().equals(actor()));
        models.put("twoFactorOn", twoFactors.isOn(member));
        return "staff/member.html";
    }

    private static StaffForm formOf(StaffMember member) {
        return new StaffForm(member.getUsername(), member.getDisplayName(), new StaffRow(member, null).getRole().name());
    }

    private Response backToList(long focus) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/staff#staff-" + focus)).build();
    }

    private Response backToMember(long id) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/staff/" + id)).build();
    }

    /** An admin who resets their own password or changes their own roles keeps this session; their others end. */
    private void keepOwnSession(StaffMember changed) {
        if (changed.getUsername().equals(actor())) {
            ActiveStaffFilter.signedInNow(request.getSession(), clock);
        }
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }
}
