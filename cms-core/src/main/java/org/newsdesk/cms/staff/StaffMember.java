package org.newsdesk.cms.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.newsdesk.cms.shared.Change;

/** Someone in the newsroom who signs in to the admin UI. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** PBKDF2 hash in the Jakarta Security format; the password itself is never stored. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * Sessions signed in before this instant are over: set when the password is reset or the
     * roles change, so whoever learned the old password, or keeps a session with the old roles'
     * screens open, is out on their next click. Null until then.
     */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = requireText(username, "username");
        this.displayName = requireText(displayName, "display name");
        this.passwordHash = requireText(passwordHash, "password hash");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A staff member has at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A staff member needs a " + name);
        }
        return value;
    }

    /** Whether this person holds the role, directly or through a wider one. */
    public boolean can(Role role) {
        return active && roles.stream().anyMatch(held -> held.includes(role));
    }

    /** Every role this person effectively holds, for the security layer's groups. */
    public Set<Role> effectiveRoles() {
        EnumSet<Role> effective = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (can(role)) {
                effective.add(role);
            }
        }
        return effective;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = requireText(newHash, "password hash");
    }

    /** The name shown in the admin UI and on articles' "last changed by"; the username never changes. */
    public void rename(String newDisplayName) {
        this.displayName = requireText(newDisplayName, "display name");
    }

    /** Replaces what this person may do; the service has checked that no admin locks themselves out. */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A staff member has at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** Ends this person's access: they cannot sign in, and any session they have stops working. */
    /** Every session signed in before {@code now} ends on its next request. */
    public void endSessionsBefore(Instant now) {
        sessionsValidFrom = Objects.requireNonNull(now);
    }

    /**
     * Whether a session signed in at {@code signedInAt} may go on (an active account's session
     * from before this rule existed carries no time: good until the first reset).
     */
    public boolean acceptsSessionSignedInAt(Instant signedInAt) {
        return sessionsValidFrom == null || signedInAt != null && !signedInAt.isBefore(sessionsValidFrom);
    }

    public void deactivate() {
        this.active = false;
    }

    /** Gives a deactivated person their access back, with the roles they had. */
    public void reactivate() {
        this.active = true;
    }

    /** This person as the one who made a change, for the audit log. */
    public Change.Actor.Staff asActor() {
        return new Change.Actor.Staff(username, displayName);
    }

    /** Whether this is the same account as {@code other}: usernames are unique and never change. */
    public boolean isSameAccountAs(StaffMember other) {
        return other != null && username.equals(other.username);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "StaffMember[" + username + "]";
    }
}
