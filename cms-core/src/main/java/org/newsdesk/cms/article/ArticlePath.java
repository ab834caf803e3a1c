package org.newsdesk.cms.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A public path an article has been published at. Kept forever, so that when a story's slug or
 * section changes, readers and search engines following the old address are sent on to the new
 * one. The core stores the path as the public site built it and knows nothing more about URLs.
 */
@Entity
@Table(name = "article_path")
public class ArticlePath {

    @Id
    private String path;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ArticlePath() {
        // for JPA
    }

    public ArticlePath(String path, Article article, Instant recordedAt) {
        this.path = Objects.requireNonNull(path);
        this.article = Objects.requireNonNull(article);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** A path freed by one story and later taken by another belongs to the later one. */
    public void reassignTo(Article other, Instant now) {
        this.article = Objects.requireNonNull(other);
        this.recordedAt = now;
    }

    public String getPath() {
        return path;
    }

    public Article getArticle() {
        return article;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
