package org.newsdesk.cms.web.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.cms.staff.Role;

/**
 * What the staff forms show and send: the username and display name, and one role. Roles are
 * nested (an editor can do all a writer can, an admin all an editor can), so choosing the widest
 * one says everything; the form offers them as one group of radio buttons.
 */
public final class StaffForm {

    /** The choices, narrowest first, with what each may do. */
    public static final List<RoleChoice> ROLES = List.of(
            new RoleChoice(Role.WRITER, "Writer", "Writes articles and submits them for review."),
            new RoleChoice(Role.EDITOR, "Editor", "Also edits any article, publishes, schedules and unpublishes; manages sections and authors."),
            new RoleChoice(Role.ADMIN, "Admin", "Also manages staff accounts."));

    private final String username;
    private final String displayName;
    private final String role;

    public StaffForm(String username, String displayName, String role) {
        this.username = username == null ? "" : username;
        this.displayName = displayName == null ? "" : displayName;
        this.role = role == null ? "" : role;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    public boolean isRole(Role choice) {
        return choice.name().equals(role);
    }

    /** The roles the chosen one stands for; none when nothing (or nonsense) was chosen. */
    public static Set<Role> roles(String role) {
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                return EnumSet.of(candidate);
            }
        }
        return EnumSet.noneOf(Role.class);
    }

    public List<RoleChoice> getChoices() {
        return ROLES;
    }

    /** One radio button: its value, label and hint. */
    public record RoleChoice(Role role, String label, String hint) {
        public String getId() {
            // the first choice carries the group's id, so the error summary's "#role" link lands on it
            return role == Role.WRITER ? "role" : "role-" + role.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String getValue() {
            return role.name();
        }

        public String getLabel() {
            return label;
        }

        public String getHint() {
            return hint;
        }

        public Role getRole() {
            return role;
        }
    }
}
