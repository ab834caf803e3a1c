package org.newsdesk.cms.web.api;

import jakarta.ws.rs.WebApplicationException;

/** A refusal of the API's own (not a service's), carrying the problem it answers with. */
public class ApiRefusal extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    ApiRefusal(Problem problem) {
        super(problem.response());
    }

    static ApiRefusal unauthenticated() {
        return new ApiRefusal(Problem.of(401, "unauthenticated", "Authentication needed",
                        "Send a personal API token as \u201cAuthorization: Bearer <token>\u201d; make one on the "
                                + "\u201cAPI tokens\u201d screen of the admin UI.")
                .header("WWW-Authenticate", "Bearer realm=\"newsdesk\""));
    }

    static ApiRefusal badToken() {
        return new ApiRefusal(Problem.of(401, "invalid-token", "The token is not valid",
                        "The token is unknown, revoked or expired, or its owner's account is deactivated.")
                .header("WWW-Authenticate", "Bearer realm=\"newsdesk\", error=\"invalid_token\""));
    }

    static ApiRefusal preconditionRequired() {
        return new ApiRefusal(Problem.of(428, "if-match-required", "If-Match required",
                "Send the ETag you last read as If-Match, so that nobody's change is overwritten unseen."));
    }

    static ApiRefusal badRequest(String detail) {
        return new ApiRefusal(Problem.of(400, "bad-request", "Bad request", detail));
    }

    static ApiRefusal notFound(String detail) {
        return new ApiRefusal(Problem.of(404, "not-found", "Not found", detail));
    }
}
