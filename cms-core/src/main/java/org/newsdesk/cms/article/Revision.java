package org.newsdesk.cms.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.staff.StaffMember;

/**
 * One saved state of an article, numbered from 1. Revisions are never changed or deleted: the
 * live version readers see is one of them, and any one can be restored as a new draft.
 */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", updatable = false)
    private Article article;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "saved_by", updatable = false)
    private StaffMember savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(nullable = false, updatable = false)
    private String headline;

    @Column(updatable = false)
    private String dek;

    /** Joined as {@link Keywords#join} does. */
    @Column(updatable = false)
    private String keywords;

    @Column(nullable = false, updatable = false)
    private String body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id", updatable = false)
    private Section section;

    @ManyToMany
    @JoinTable(name = "revision_byline",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "byline_order")
    private List<Author> bylines = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(updatable = false)
    private String note;

    /** The draft's lead image when this revision was saved (issue 13), so a restore brings it back. */
    @Column(name = "lead_image_id", updatable = false)
    private Long leadImageId;

    protected Revision() {
        // for JPA
    }

    Revision(Article article, int number, ArticleContent content, Long leadImageId, StaffMember savedBy, Instant savedAt, String note) {
        this.article = Objects.requireNonNull(article);
        this.number = number;
        this.savedBy = Objects.requireNonNull(savedBy);
        this.savedAt = Objects.requireNonNull(savedAt);
        this.headline = content.headline();
        this.dek = content.dek();
        this.keywords = Keywords.join(content.keywords());
        this.body = content.body();
        this.section = content.section();
        this.bylines = new ArrayList<>(content.bylines());
        this.slug = content.slug();
        this.note = note == null || note.isBlank() ? null : note;
        this.leadImageId = leadImageId;
    }

    /** The lead image the draft had when this revision was saved; none when it had none, or the picture was deleted since. */
    public java.util.Optional<Long> getLeadImageId() {
        return java.util.Optional.ofNullable(leadImageId);
    }

    public ArticleContent content() {
        return new ArticleContent(headline, dek, body, section, bylines, slug, Keywords.split(keywords));
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public int getNumber() {
        return number;
    }

    public StaffMember getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getHeadline() {
        return headline;
    }

    public String getDek() {
        return dek;
    }

    public List<String> getKeywords() {
        return Keywords.split(keywords);
    }

    public String getBody() {
        return body;
    }

    public Section getSection() {
        return section;
    }

    public List<Author> getBylines() {
        return List.copyOf(bylines);
    }

    public String getSlug() {
        return slug;
    }

    public String getNote() {
        return note;
    }
}
