package org.newsdesk.cms.front;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A story placed on a front at a place (0: the lead, then the top stories), with the headline and
 * dek the front shows instead of the story's own (null: the story's). The story itself is never
 * changed by an override. A place without a slot is empty: the stream fills it.
 *
 * <p>Immutable: a change is a new slot, so the persistence layer sees every move.
 */
@Embeddable
public class FrontSlot {

    @Column(name = "slot_order", nullable = false)
    private int position;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "headline")
    private String headline;

    @Column(name = "dek")
    private String dek;

    protected FrontSlot() {
        // for JPA
    }

    public FrontSlot(int position, long articleId, String headline, String dek) {
        this.position = position;
        this.articleId = articleId;
        this.headline = headline;
        this.dek = dek;
    }

    public int getPosition() {
        return position;
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

    FrontSlot at(int newPosition) {
        return new FrontSlot(newPosition, articleId, headline, dek);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrontSlot slot && slot.position == position && slot.articleId == articleId
                && Objects.equals(slot.headline, headline) && Objects.equals(slot.dek, dek);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, articleId, headline, dek);
    }
}
