package org.newsdesk.cms.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.event.BeforeProcessViewEvent;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.newsdesk.cms.staff.StaffService;

/**
 * What every admin view needs besides its own model: who is signed in ({@code me}, for the
 * navigation) and the flash message of the last action. Added just before a view renders, so no
 * controller repeats it; a controller that already put a value keeps its own.
 */
@RequestScoped
public class AdminViews {

    @Inject
    Models models;

    @Inject
    SecurityContext security;

    @Inject
    StaffService staff;

    @Inject
    Flash flash;

    void beforeView(@Observes BeforeProcessViewEvent event) {
        if (JsonViews.isJson(event.getView())) {
            // a script's answer: no page, so no navigation, and the flash stays for the next page
            return;
        }
        Principal caller = security.getCallerPrincipal();
        if (caller != null && models.get("me") == null) {
            models.put("me", new SignedIn(staff.getActive(caller.getName())));
        }
        if (caller != null && models.get("flash") == null) {
            models.put("flash", flash.take());
        }
        if (models.get("problems") == null) {
            models.put("problems", FormProblems.none());
        }
    }
}
