package org.newsdesk.cms.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.OptionalLong;
import org.newsdesk.cms.apitoken.ApiTokens;
import org.newsdesk.cms.apitoken.TokenHolder;

/**
 * Lets an API request in by its personal token ({@code Authorization: Bearer nd_...}), and counts
 * it against the token's rate limit. The public read API ({@code /api/v1/public/...}) needs no
 * token. Whatever the container knows of a session is ignored: only a token authenticates here.
 */
@Priority(Priorities.AUTHENTICATION)
public class TokenAuthentication implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ApiTokens tokens;

    @Inject
    ApiCaller caller;

    @Inject
    RateLimit rateLimit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (ApiApplication.isPublic(request.getUriInfo().getPath())) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(ApiRefusal.unauthenticated().getResponse());
            return;
        }
        Optional<TokenHolder> holder = tokens.holderOf(authorization.substring(BEARER.length()).strip());
        if (holder.isEmpty()) {
            request.abortWith(ApiRefusal.badToken().getResponse());
            return;
        }
        OptionalLong wait = rateLimit.take(holder.get().tokenId());
        if (wait.isPresent()) {
            request.abortWith(Problem.of(429, "rate-limited", "Too many requests",
                            "This token may make " + rateLimit.perMinute() + " requests a minute; try again in "
                                    + wait.getAsLong() + " s.")
                    .header("Retry-After", String.valueOf(wait.getAsLong())).response());
            return;
        }
        caller.signedInBy(holder.get());
    }
}
