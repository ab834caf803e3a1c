package org.newsdesk.cms.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.staff.StaffMember;

/**
 * One personal API token. The secret itself is never stored, only its SHA-256 hash, so the table
 * alone cannot be used to call the API.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /**
     * How often "last used" is written: once a minute is enough for a person deciding whether a
     * token is still in use, and spares every API request a write.
     */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", updatable = false)
    private StaffMember owner;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(StaffMember owner, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = expiresAt;
    }

    /** Whether the token still lets its owner in at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Whether a use at {@code now} is worth writing down: "last used" is kept to the minute. The
     * write itself is a separate update (see {@link ApiTokenRepository#recordUse}) that does not
     * touch the version: tokens in use at once must not fail each other's requests.
     */
    boolean useWorthRecordingAt(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(lastUseCutoff(now));
    }

    /** A use recorded before this is old enough to be written again. */
    static Instant lastUseCutoff(Instant now) {
        return now.minus(LAST_USED_PRECISION);
    }

    public Long getId() {
        return id;
    }

    public StaffMember getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getExpiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }
}
