package org.newsdesk.cms.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Half a sign-in: the password was right and the second factor is still to come. Kept in the
 * session (which is not signed in: the container knows no caller yet), serializable for session
 * replication. It lasts a few minutes, so a password typed on a shared computer and walked away
 * from does not wait there for anyone's code.
 *
 * @param typed what was typed as the username, for the sign-in records
 * @param next  the admin page to go on to
 */
record PendingSignIn(String username, String typed, Instant passwordAt, String next) implements Serializable {

    static final String ATTRIBUTE = "newsdesk.pendingSignIn";
    static final Duration LASTS = Duration.ofMinutes(5);

    boolean expiredAt(Instant now) {
        return !now.isBefore(passwordAt.plus(LASTS));
    }
}
