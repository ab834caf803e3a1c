package org.newsdesk.cms.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The first screen after sign-in. */
@Controller
@Path("")
@RequestScoped
public class DashboardController {

    @GET
    public String dashboard() {
        return "dashboard.html";
    }
}
