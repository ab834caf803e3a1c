package org.newsdesk.cms.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff member's authenticator: the shared secret, on once its owner has typed a code from it
 * (so a secret that never reached an app cannot lock anyone out), and the last step used.
 */
@Entity
@Table(name = "staff_two_factor")
public class TwoFactor {

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Version
    private long version;

    /** Base32; it has to be kept readable to compute the codes, like the app keeps it. */
    @Column(nullable = false)
    private String secret;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step")
    private Long lastUsedStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TwoFactor() {
        // for JPA
    }

    TwoFactor(long staffId, String secret, Instant createdAt) {
        this.staffId = staffId;
        this.secret = Objects.requireNonNull(secret);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** On from now; the code that confirmed it cannot be used again to sign in. */
    void confirm(long step, Instant now) {
        this.confirmedAt = now;
        this.lastUsedStep = step;
    }

    /** A new secret in place of an unconfirmed one (the person started again). */
    void restart(String newSecret, Instant now) {
        if (isOn()) {
            throw new IllegalStateException("Two-factor is on: turn it off before setting up another authenticator");
        }
        this.secret = Objects.requireNonNull(newSecret);
        this.createdAt = now;
    }

    public boolean isOn() {
        return confirmedAt != null;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Long getLastUsedStep() {
        return lastUsedStep;
    }
}
