package org.newsdesk.cms.web.staff;

import java.util.Comparator;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.time.PublicationTime;

/** A staff account as the admin screens show it. */
public final class StaffRow {

    private final StaffMember member;
    private final PublicationTime time;

    public StaffRow(StaffMember member, PublicationTime time) {
        this.member = member;
        this.time = time;
    }

    public Long getId() {
        return member.getId();
    }

    public long getVersion() {
        return member.getVersion();
    }

    public String getUsername() {
        return member.getUsername();
    }

    public String getDisplayName() {
        return member.getDisplayName();
    }

    public boolean isActive() {
        return member.isActive();
    }

    /** The widest role held: the roles are nested, so it says everything the person may do. */
    public Role getRole() {
        return member.getRoles().stream().max(Comparator.naturalOrder()).orElse(Role.WRITER);
    }

    public String getRoleName() {
        return roleName(getRole());
    }

    public String getCreated() {
        return time.display(member.getCreatedAt());
    }

    public String getCreatedIso() {
        return time.iso(member.getCreatedAt());
    }

    static String roleName(Role role) {
        return switch (role) {
            case WRITER -> "Writer";
            case EDITOR -> "Editor";
            case ADMIN -> "Admin";
        };
    }
}
