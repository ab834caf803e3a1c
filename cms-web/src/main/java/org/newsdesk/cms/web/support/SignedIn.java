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
        this.username = member.getUsername();
        this.displayName = member.getDisplayName();
        this.editor = member.can(Role.EDITOR);
        this.administrator = member.can(Role.ADMIN);
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
