package org.newsdesk.cms.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A form posted after the session ended (Save pressed after an hour away, an autosave) is shown
 * the sign-in form, as a page opened while signed out is. The container forwards such a request
 * to the sign-in form with its method, POST, which would reach the sign-in form's own POST and be
 * refused there as a forged sign-in (its CSRF token belongs to the ended session): a bare "Not
 * allowed" page. Taken as the GET it stands for, it shows the form, which then goes on to the page
 * that was asked for; the editor's script recognises it, and the editor's text is kept in the
 * browser meanwhile.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 600) // before FormGuard reads the posted form: it is not used
public class ForwardedSignIn implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getDispatcherType() == DispatcherType.FORWARD && HttpMethod.POST.equals(context.getMethod())
                && "login".equals(context.getUriInfo().getPath())) {
            context.setMethod(HttpMethod.GET);
        }
    }
}
