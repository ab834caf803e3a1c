package org.newsdesk.cms.staff;

/**
 * What a staff member may do. The roles are nested: an editor can do all a writer can, an admin
 * all an editor can.
 */
public enum Role {
    /** Writes articles and submits them for review. */
    WRITER,
    /** Edits any article, publishes, schedules, unpublishes; manages sections and authors. */
    EDITOR,
    /** Everything, plus staff accounts. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
