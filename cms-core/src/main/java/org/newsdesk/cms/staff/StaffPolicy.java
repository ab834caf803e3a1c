package org.newsdesk.cms.staff;

import java.util.Set;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotPermittedException;

/**
 * What each role may do beyond writing: the desk's decisions (publishing, scheduling, sections,
 * authors) are editors', and staff accounts are admins'. And the rule that keeps the newsroom from locking
 * itself out: an admin can neither deactivate their own account nor give up their own admin role.
 * Because only an active admin can demote or deactivate anyone, and never themselves, whoever acts
 * last is still an admin.
 */
public final class StaffPolicy {

    private StaffPolicy() {
    }

    /** Publishing, scheduling, sending back, sections and authors are the desk's decisions. */
    public static void requireEditor(StaffMember actor, String action) {
        if (!actor.can(Role.EDITOR)) {
            throw new NotPermittedException("Only editors can " + action + ".");
        }
    }

    public static void requireAdministrator(StaffMember actor, String action) {
        if (!actor.can(Role.ADMIN)) {
            throw new NotPermittedException("Only admins can " + action + ".");
        }
    }

    /** Refuses roles that would take the acting admin's own admin role away. */
    public static void requireMayAssign(StaffMember actor, StaffMember member, Set<Role> roles) {
        if (actor.isSameAccountAs(member) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("role",
                    "You cannot remove your own admin role: you would lock yourself out of staff accounts. "
                            + "Another admin can change your role.");
        }
    }

    /** Refuses to deactivate the acting admin's own account. */
    public static void requireMayDeactivate(StaffMember actor, StaffMember member) {
        if (actor.isSameAccountAs(member)) {
            throw new InvalidInputException("deactivate",
                    "You cannot deactivate your own account: you would lock yourself out. "
                            + "Another admin can deactivate it.");
        }
    }
}
