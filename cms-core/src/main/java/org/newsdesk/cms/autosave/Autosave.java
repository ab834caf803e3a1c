package org.newsdesk.cms.autosave;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleContent;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.staff.StaffMember;

/**
 * What one person last typed into one story's editor without saving it: the form's fields as
 * typed (cleaned and within a save's limits, but not necessarily complete: a story half-written
 * may have no headline or section yet), and the version of the story the form was loaded with.
 *
 * <p>Not a {@link org.newsdesk.cms.article.Revision}: a revision is immutable, numbered, complete
 * and part of the history readers' versions come from; this is replaced every few seconds and
 * deleted by the next real save. The section and bylines are kept as the ids the form sent,
 * without a foreign key: one deleted since is named at its field when the text is saved.
 */
@Entity
@Table(name = "autosave")
public class Autosave {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "autosave_seq")
    @SequenceGenerator(name = "autosave_seq", sequenceName = "autosave_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", updatable = false)
    private Article article;

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_id", updatable = false)
    private StaffMember typedBy;

    /** The story's version when the form was loaded: restoring saves against it, so a newer save is never overwritten unseen. */
    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(nullable = false)
    private String headline;

    private String dek;

    @Column(nullable = false)
    private String body;

    @Column(name = "section_id")
    private Long sectionId;

    /** The chosen authors' ids in byline order, comma-separated ("12,57"); empty for none. */
    @Column(name = "byline_ids", nullable = false)
    private String bylineIds;

    private String slug;

    private String note;

    protected Autosave() {
        // for JPA
    }

    Autosave(Article article, StaffMember typedBy) {
        this.article = Objects.requireNonNull(article);
        this.typedBy = Objects.requireNonNull(typedBy);
    }

    /** Keeps {@code text} in place of what was kept before: the latest autosave wins. */
    void replace(UnsavedText text, long baseVersion, Instant now) {
        this.headline = text.headline();
        this.dek = text.dek();
        this.body = text.body();
        this.sectionId = text.sectionId();
        this.bylineIds = text.bylineIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.slug = text.slug();
        this.note = text.note();
        this.baseVersion = baseVersion;
        this.savedAt = Objects.requireNonNull(now);
    }

    public UnsavedText text() {
        List<Long> bylines = bylineIds.isEmpty() ? List.of()
                : Arrays.stream(bylineIds.split(",")).map(Long::valueOf).toList();
        return new UnsavedText(headline, dek, body, sectionId, bylines, slug, note);
    }

    /**
     * Whether saving this text would change the story's working draft as it stands: only then is
     * it worth offering back. (Someone else may have saved the very same words meanwhile, or an
     * autosave sent as its person pressed Save arrived just after the save.) A revision note alone
     * is not worth an offer.
     */
    public boolean differsFrom(Article article) {
        ArticleContent draft = article.draftContent();
        UnsavedText text = text();
        return !text.headline().equals(draft.headline())
                || !text.dek().equals(Objects.toString(draft.dek(), ""))
                || !text.body().equals(draft.body())
                || !Objects.equals(text.sectionId(), draft.section().getId())
                || !text.bylineIds().equals(draft.bylines().stream().map(Author::getId).toList())
                || !(text.slug().isEmpty() || text.slug().equals(draft.slug()));
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public StaffMember getTypedBy() {
        return typedBy;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
