package org.newsdesk.cms.web.apitoken;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsdesk.cms.apitoken.ApiToken;
import org.newsdesk.cms.apitoken.ApiTokens;
import org.newsdesk.cms.apitoken.IssuedToken;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormProblems;

/**
 * The signed-in person's own API tokens: every action is on the caller's own tokens; another
 * person's token id is "not found".
 */
@Controller
@Path("api-tokens")
@RequestScoped
public class ApiTokensController {

    static final String VIEW = "api-tokens/list.html";

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityContext security;

    @Inject
    PublicationTime time;

    @Inject
    java.time.Clock clock;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    /** A row of the list, with times as the desk reads them. */
    public record TokenRow(long id, String name, String created, String expires, String lastUsed, String revoked,
                           boolean open) {
    }

    @GET
    public String list() {
        return page();
    }

    /** Makes a token and shows it, this once, on the answer itself: never stored, never redirected with. */
    @POST
    @CsrfProtected
    public Response create(@FormParam("name") String name, @FormParam("expires") String expires) {
        try {
            IssuedToken issued = tokens.create(me(), name, expiry(expires));
            models.put("issued", issued.secret());
            models.put("issuedName", issued.token().getName());
            // the page holds a secret: no cache anywhere may keep it
            response.setHeader("Cache-Control", "no-store");
            return Response.ok(page()).build();
        } catch (InvalidInputException invalid) {
            models.put("problems", FormProblems.of(invalid));
            models.put("typedName", name);
            models.put("typedExpires", expires);
            return Response.ok(page()).build();
        }
    }

    @POST
    @Path("{id:[0-9]+}/revoke")
    @CsrfProtected
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(me(), id);
        flash.say("The token is revoked: requests that send it are refused from now on.");
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/api-tokens")).build();
    }

    /** The end of the chosen day in the publication's zone: a token "until 31 December" works all that day. */
    private Instant expiry(String expires) {
        if (expires == null || expires.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expires.strip()).plusDays(1).atStartOfDay(time.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expires", "Give the expiry as a date, such as 2027-06-30, or leave it empty.");
        }
    }

    private String page() {
        Instant now = clock.instant();
        models.put("tokens", tokens.mine(me()).stream().map(token -> row(token, now)).toList());
        return VIEW;
    }

    private TokenRow row(ApiToken token, Instant now) {
        return new TokenRow(token.getId(), token.getName(), time.display(token.getCreatedAt()),
                token.getExpiresAt().map(time::display).orElse(null), token.getLastUsedAt().map(time::display).orElse(null),
                token.getRevokedAt().map(time::display).orElse(null), token.isOpenAt(now));
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}
