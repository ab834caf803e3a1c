package org.newsdesk.cms.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The newsroom's sign-in rules an admin sets; one row, made by the migration. */
@Entity
@Table(name = "sign_in_policy")
public class SignInPolicy {

    static final int THE_ONE = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    @Column(name = "admins_need_two_factor", nullable = false)
    private boolean adminsNeedTwoFactor;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected SignInPolicy() {
        // for JPA
    }

    void requireTwoFactorForAdmins(boolean required, String admin, Instant now) {
        this.adminsNeedTwoFactor = required;
        this.changedBy = admin;
        this.changedAt = now;
    }

    /** Whether every admin must sign in with an authenticator code. */
    public boolean adminsNeedTwoFactor() {
        return adminsNeedTwoFactor;
    }

    public long getVersion() {
        return version;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
