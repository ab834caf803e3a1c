package org.newsdesk.cms.importing;

/** A {@code wp:author}: the login only finds the display name, which becomes the byline. */
public record WxrAuthor(String login, String displayName, String firstName, String lastName) {

    public WxrAuthor(String login, String displayName) {
        this(login, displayName, null, null);
    }

    /**
     * The name for the byline: the display name, unless WordPress left it as the login (its
     * default) and the export has a first or last name: a login never becomes a byline.
     */
    public String bylineName() {
        String display = displayName == null ? "" : displayName.strip();
        boolean isLogin = display.isEmpty() || login != null && display.equalsIgnoreCase(login.strip());
        if (isLogin) {
            String full = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
            if (!full.isEmpty()) {
                return full;
            }
        }
        return display;
    }
}
