package org.newsdesk.cms.web.audit;

import org.newsdesk.cms.audit.AuditEntry;
import org.newsdesk.cms.audit.AuditPage;
import org.newsdesk.cms.time.PublicationTime;

/** One line of the audit log as the screen shows it: when, who, what, which, from where. */
public final class AuditRow {

    private final AuditEntry entry;
    private final boolean subjectStillThere;
    private final PublicationTime time;

    public AuditRow(AuditPage.Line line, PublicationTime time) {
        this.entry = line.entry();
        this.subjectStillThere = line.subjectStillThere();
        this.time = time;
    }

    public String getWhen() {
        return time.display(entry.getAt());
    }

    public String getWhenIso() {
        return time.iso(entry.getAt());
    }

    /** The person by the name they were shown with then, or what acted when it was not a person. */
    public String getWho() {
        return switch (entry.getActorKind()) {
            case STAFF -> entry.getActorName().orElse("");
            case SCHEDULE -> "The schedule";
            case FIRST_START -> "Newsdesk's first start";
            case VISITOR -> "Someone not signed in";
        };
    }

    /** The username beside the name: two people may be shown with the same name. */
    public String getUsername() {
        return entry.getActorUsername().orElse(null);
    }

    public String getWhat() {
        return entry.getAction().label();
    }

    public String getDetail() {
        return entry.getDetail().orElse(null);
    }

    public String getKind() {
        return entry.getSubjectKind().label();
    }

    /** The headline, name or username at the time. */
    public String getLabel() {
        return entry.getSubjectLabel();
    }

    public String getSubjectId() {
        return entry.getSubjectId().map(String::valueOf).orElse(null);
    }

    /** The admin page of the story, section, author or account, while it still exists; else null. */
    public String getLink() {
        if (!subjectStillThere || entry.getSubjectId().isEmpty()) {
            return null;
        }
        long id = entry.getSubjectId().get();
        return switch (entry.getSubjectKind()) {
            case STORY -> "/admin/articles/" + id;
            case SECTION -> "/admin/sections/" + id;
            case AUTHOR -> "/admin/authors/" + id;
            case ACCOUNT -> "/admin/staff/" + id;
            case FRONT -> "/admin/fronts";
        };
    }

    /** The client's address; null when no request made the change (the schedule). */
    public String getAddress() {
        return entry.getAddress().orElse(null);
    }
}
