package org.newsdesk.cms.preview;

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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.staff.StaffMember;

/**
 * A link that lets someone without a login read one article's working draft until it expires or
 * is revoked. The link's token is never stored, only its SHA-256 hash.
 */
@Entity
@Table(name = "preview_link")
public class PreviewLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "preview_link_seq")
    @SequenceGenerator(name = "preview_link_seq", sequenceName = "preview_link_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    private Article article;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private StaffMember createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PreviewLink() {
        // for JPA
    }

    PreviewLink(Article article, String tokenHash, StaffMember createdBy, Instant createdAt, Instant expiresAt) {
        this.article = Objects.requireNonNull(article);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A preview link expires after it is made");
        }
    }

    /** Whether the link still opens the preview at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public StaffMember getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
