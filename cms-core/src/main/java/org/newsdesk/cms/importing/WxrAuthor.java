package org.newsdesk.cms.importing;

/** A {@code wp:author}: the login only finds the display name, which becomes the byline. */
public record WxrAuthor(String login, String displayName) {
}
