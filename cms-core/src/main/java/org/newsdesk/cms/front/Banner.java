package org.newsdesk.cms.front;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The breaking-news banner: a short line, with a link, on every public page until an editor
 * takes it down or it expires. There is at most one: {@link #ID}.
 */
@Entity
@Table(name = "breaking_banner")
public class Banner {

    static final long ID = 1;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "message", nullable = false)
    private String text;

    @Column(name = "link")
    private String link;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    protected Banner() {
        // for JPA
    }

    Banner(String text, String link, Instant expiresAt, String setBy, Instant now) {
        this.id = ID;
        change(text, link, expiresAt, setBy, now);
    }

    void change(String newText, String newLink, Instant newExpiresAt, String by, Instant now) {
        this.text = newText;
        this.link = newLink;
        this.expiresAt = newExpiresAt;
        this.setBy = by;
        this.setAt = now;
    }

    /** Whether readers see it at {@code now}: until it expires, if it does. */
    public boolean isShownAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    public long getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }

    public Optional<String> getLink() {
        return Optional.ofNullable(link);
    }

    public Optional<Instant> getExpiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Instant getSetAt() {
        return setAt;
    }

    public String getSetBy() {
        return setBy;
    }
}
