package org.newsdesk.cms.web.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;

/**
 * The credential the sign-in form hands the container once it has checked everything itself: the
 * password, and the second factor when the person has one. Only this package can make one, and
 * only {@link LoginController} does, after both checks; {@link StaffIdentityStore} accepts nothing
 * else, so there is no way into a session that skips a check.
 */
public final class VerifiedSignIn implements Credential {

    private final String username;

    VerifiedSignIn(String username) {
        this.username = Objects.requireNonNull(username);
    }

    public String username() {
        return username;
    }
}
