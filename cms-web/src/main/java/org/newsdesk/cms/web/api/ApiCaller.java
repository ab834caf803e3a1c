package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.newsdesk.cms.apitoken.TokenHolder;

/**
 * Who this API request acts as: the owner of the token it presented, set by
 * {@link TokenAuthentication}. Never the container's caller: an admin session's cookie sent along
 * with an API request authenticates nothing here.
 */
@RequestScoped
public class ApiCaller {

    private TokenHolder holder;

    void signedInBy(TokenHolder tokenHolder) {
        this.holder = tokenHolder;
    }

    Optional<TokenHolder> holder() {
        return Optional.ofNullable(holder);
    }

    /** The username the services check roles against; 401 when no token let this request in. */
    public String username() {
        return holder().map(TokenHolder::username).orElseThrow(ApiRefusal::unauthenticated);
    }
}
