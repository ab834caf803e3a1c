package org.newsdesk.cms.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/** The first screen after sign-in. */
@Controller
@Path("")
@RequestScoped
public class DashboardController {

    @Inject
    SecurityContext security;

    @Inject
    StaffService staff;

    @Inject
    Models models;

    @GET
    public String dashboard() {
        StaffMember me = staff.getActive(security.getCallerPrincipal().getName());
        models.put("me", me);
        return "dashboard.html";
    }
}
