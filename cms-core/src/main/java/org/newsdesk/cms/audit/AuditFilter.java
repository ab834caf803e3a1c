package org.newsdesk.cms.audit;

import java.time.Instant;
import org.newsdesk.cms.audit.AuditEntry.ActorKind;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Kind;

/**
 * Which lines of the audit log to show; always newest first. Every criterion is optional:
 * {@link #all()} is the whole log.
 *
 * @param actorKind     only lines by this kind of actor (the schedule, say)
 * @param actorUsername only lines by the staff member with this username
 * @param action        only this kind of change
 * @param subjectKind   only changes to stories, or sections, or authors, or accounts
 * @param subjectId     only changes to the story (section, author, account) with this id
 * @param subjectText   only subjects whose label (headline, name, username) contains this text, ignoring case
 * @param from          only lines at or after this instant
 * @param until         only lines before this instant
 */
public record AuditFilter(ActorKind actorKind, String actorUsername, Action action, Kind subjectKind, Long subjectId,
                          String subjectText, Instant from, Instant until) {

    public AuditFilter {
        actorUsername = actorUsername == null || actorUsername.isBlank() ? null : actorUsername.strip();
        subjectText = subjectText == null || subjectText.isBlank() ? null : subjectText.strip();
        if (actorUsername != null) {
            actorKind = ActorKind.STAFF;
        }
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    public AuditFilter by(String username) {
        return new AuditFilter(ActorKind.STAFF, username, action, subjectKind, subjectId, subjectText, from, until);
    }

    /** Only what the schedule (or another actor that is not a person) did. */
    public AuditFilter byKind(ActorKind kind) {
        return new AuditFilter(kind, null, action, subjectKind, subjectId, subjectText, from, until);
    }

    public AuditFilter doing(Action newAction) {
        return new AuditFilter(actorKind, actorUsername, newAction, subjectKind, subjectId, subjectText, from, until);
    }

    public AuditFilter about(Kind kind, Long id) {
        return new AuditFilter(actorKind, actorUsername, action, kind, id, subjectText, from, until);
    }

    public AuditFilter aboutText(String text) {
        return new AuditFilter(actorKind, actorUsername, action, subjectKind, subjectId, text, from, until);
    }

    /** Only lines from {@code newFrom} (inclusive) to {@code newUntil} (exclusive); either may be null. */
    public AuditFilter between(Instant newFrom, Instant newUntil) {
        return new AuditFilter(actorKind, actorUsername, action, subjectKind, subjectId, subjectText, newFrom, newUntil);
    }
}
