package org.newsdesk.cms.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A dated public note under the story: what an update changed, or a correction. */
@Embeddable
public class UpdateNote {

    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    @Column(name = "note_text", nullable = false)
    private String text;

    protected UpdateNote() {
        // for JPA
    }

    public UpdateNote(Instant notedAt, String text) {
        this.notedAt = Objects.requireNonNull(notedAt);
        this.text = Objects.requireNonNull(text);
    }

    public Instant getNotedAt() {
        return notedAt;
    }

    public String getText() {
        return text;
    }
}
