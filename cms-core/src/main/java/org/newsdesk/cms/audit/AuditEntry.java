package org.newsdesk.cms.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Kind;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.text.Characters;

/**
 * One line of the audit log: who did what to which story, section, author or account, when, and
 * from which address. Names are copied, not referenced, so the line reads as it did at the time
 * after a headline changes or a section is deleted. Never changed once written: every column is
 * insert-only, and nothing in Newsdesk updates or deletes a line.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int USERNAME_MAXIMUM = 200;
    static final int NAME_MAXIMUM = 120;
    static final int LABEL_MAXIMUM = 300;
    static final int DETAIL_MAXIMUM = 500;
    static final int ADDRESS_MAXIMUM = 64;

    /** What kind of someone (or something) acted. */
    public enum ActorKind {
        /** A staff member, signed in. */
        STAFF,
        /** The schedule, publishing a story at its time. */
        SCHEDULE,
        /** Newsdesk's first start. */
        FIRST_START,
        /** Someone not signed in: a sign-in attempt that did not succeed. */
        VISITOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false)
    private ActorKind actorKind;

    @Column(name = "actor_username", updatable = false)
    private String actorUsername;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    private Kind subjectKind;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "subject_label", nullable = false, updatable = false)
    private String subjectLabel;

    @Column(updatable = false)
    private String detail;

    @Column(updatable = false)
    private String address;

    protected AuditEntry() {
        // for JPA
    }

    private AuditEntry(Instant at, ActorKind actorKind, String actorUsername, String actorName, Action action,
                       Subject subject, String detail, String address) {
        this.happenedAt = Objects.requireNonNull(at);
        this.actorKind = Objects.requireNonNull(actorKind);
        this.actorUsername = shortened(actorUsername, USERNAME_MAXIMUM);
        this.actorName = shortened(actorName, NAME_MAXIMUM);
        this.action = Objects.requireNonNull(action);
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.subjectLabel = shortened(subject.label(), LABEL_MAXIMUM);
        this.detail = shortened(detail, DETAIL_MAXIMUM);
        this.address = shortened(address, ADDRESS_MAXIMUM);
    }

    /** The line for a change a service announced, made from {@code address} (null: no request, e.g. the schedule). */
    public static AuditEntry of(Change change, String address) {
        // Java 17: no pattern switch yet; the actor kinds are sealed, so this covers them all
        if (change.actor() instanceof Change.Actor.Staff staff) {
            return new AuditEntry(change.at(), ActorKind.STAFF, staff.username(), staff.displayName(), change.action(),
                    change.subject(), change.detail(), address);
        }
        ActorKind kind = change.actor() instanceof Change.Actor.Schedule ? ActorKind.SCHEDULE : ActorKind.FIRST_START;
        return new AuditEntry(change.at(), kind, null, null, change.action(), change.subject(), change.detail(), address);
    }

    /**
     * The line for a sign-in, signing out or an attempt that failed.
     *
     * @param who     the staff member who signed in or out, or empty for an attempt that did not
     *                get in: then nobody is known to have acted
     * @param account the account the attempt named: its id when there is one, and always what was typed
     */
    public static AuditEntry signIn(Instant at, Optional<Change.Actor.Staff> who, Action action, Subject account,
                                    String address) {
        return who.map(staff -> new AuditEntry(at, ActorKind.STAFF, staff.username(), staff.displayName(), action,
                        account, null, address))
                .orElseGet(() -> new AuditEntry(at, ActorKind.VISITOR, null, null, action, account, null, address));
    }

    /**
     * Cleaned (a NUL or other control character typed as a username must not stop the line being
     * written: PostgreSQL refuses NUL in text) and cut to the column's size.
     */
    static String shortened(String text, int maximum) {
        String clean = Characters.clean(text);
        return clean == null || clean.length() <= maximum ? clean : clean.substring(0, maximum - 1) + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return happenedAt;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    /** The staff member's username; empty for the schedule, the first start or a visitor. */
    public Optional<String> getActorUsername() {
        return Optional.ofNullable(actorUsername);
    }

    /** The staff member's display name at the time; empty for anyone else. */
    public Optional<String> getActorName() {
        return Optional.ofNullable(actorName);
    }

    public Action getAction() {
        return action;
    }

    public Kind getSubjectKind() {
        return subjectKind;
    }

    /** The story's, section's, author's or account's id; empty for a username typed that is no account. */
    public Optional<Long> getSubjectId() {
        return Optional.ofNullable(subjectId);
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }

    /** The client's address, as the proxies we trust reported it; empty when no request made the change. */
    public Optional<String> getAddress() {
        return Optional.ofNullable(address);
    }
}
