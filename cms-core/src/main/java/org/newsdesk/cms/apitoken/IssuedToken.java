package org.newsdesk.cms.apitoken;

/**
 * A token just made, with its secret: the only time the secret exists outside the caller's hands.
 * The screen shows it once; nothing keeps it.
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.getName() + "]"; // never the secret, not even in a log
    }
}
