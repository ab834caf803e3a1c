package org.newsdesk.cms.web.support;

import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;

/**
 * Who is at the keyboard, as every admin view sees it ({@code ${me}}): a name to greet, and what
 * the navigation and action buttons may offer. Offering is all the views decide; the services
 * enforce every rule again.
 */
public final class SignedIn {

    private final String username;
    private final String displayName;
    private final boolean editor;
    private final boolean administrator;

    public SignedIn(StaffMember member) {
        this(member.getUsername(), member.getDisplayName(), member.can(Role.EDITOR), member.can(Role.ADMIN));
    }

    private SignedIn(String username, String displayName, boolean editor, boolean administrator) {
        this.username = username;
        this.displayName = displayName;
        this.editor = editor;
        this.administrator = administrator;
    }

    /**
     * Who is signed in when their staff record cannot be read (the database is not answering):
     * the username alone, offered nothing beyond what every account may do.
     */
    public static SignedIn withoutRecord(String username) {
        return new SignedIn(username, username, false, false);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** May publish, schedule, unpublish, and manage sections and authors. */
    public boolean isEditor() {
        return editor;
    }

    /** May manage staff accounts. */
    public boolean isAdministrator() {
        return administrator;
    }
}
