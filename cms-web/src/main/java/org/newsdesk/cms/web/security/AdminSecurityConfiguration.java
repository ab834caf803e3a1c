package org.newsdesk.cms.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in for the admin UI: our own form (an MVC controller, so it carries a CSRF token) checked
 * against the staff accounts by {@link StaffIdentityStore}. Someone who opens an admin page while
 * signed out is shown the form in its place (a forward, so the form knows the page) and, once
 * signed in, goes on to the page they asked for.
 *
 * <p>These annotations only take effect on a CDI bean; on a plain class the container silently
 * falls back to HTTP Basic.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/admin/login", errorPage = ""))
@DeclareRoles({"WRITER", "EDITOR", "ADMIN"})
public class AdminSecurityConfiguration {
}
