package org.newsdesk.cms.front;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A story placed on a front, with the headline and dek the front shows instead of the story's own
 * (null: the story's). The story itself is never changed by an override.
 */
@Embeddable
public class FrontSlot {

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "headline")
    private String headline;

    @Column(name = "dek")
    private String dek;

    protected FrontSlot() {
        // for JPA
    }

    public FrontSlot(long articleId, String headline, String dek) {
        this.articleId = articleId;
        this.headline = headline;
        this.dek = dek;
    }

    public long getArticleId() {
        return articleId;
    }

    /** The headline this front shows instead of the story's, or null. */
    public String getHeadline() {
        return headline;
    }

    /** The dek this front shows instead of the story's, or null. */
    public String getDek() {
        return dek;
    }

    FrontSlot copy() {
        return new FrontSlot(articleId, headline, dek);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrontSlot slot && slot.articleId == articleId && Objects.equals(slot.headline, headline)
                && Objects.equals(slot.dek, dek);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, headline, dek);
    }
}
