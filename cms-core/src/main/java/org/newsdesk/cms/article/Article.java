package org.newsdesk.cms.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.text.Characters;

/**
 * A story. Its own fields are the working draft editors change; readers only ever see the live
 * revision, which changes on publish and never on save.
 *
 * <p>Three times, never confused: {@code firstPublishedAt} is set once, at the first publication;
 * {@code displayedUpdatedAt} only when an editor publishes a change marked as a meaningful update;
 * {@code modifiedAt} on every change, for caches, never shown as "Updated".
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(nullable = false)
    private String headline;

    private String dek;

    /** The draft's keywords, joined as {@link Keywords#join} does. */
    private String keywords;

    @Column(nullable = false)
    private String body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @ManyToMany
    @JoinTable(name = "article_byline",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "byline_order")
    private List<Author> bylines = new ArrayList<>();

    @Column(nullable = false)
    private String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private StaffMember createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "displayed_updated_at")
    private Instant displayedUpdatedAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /** Who made the latest change of any kind: a save or a workflow step. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "modified_by")
    private StaffMember modifiedBy;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    /** The editor who set the schedule: the scheduled publish is theirs. */
    @ManyToOne
    @JoinColumn(name = "scheduled_by")
    private StaffMember scheduledBy;

    @Column(name = "latest_revision_number", nullable = false)
    private int latestRevisionNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_revision_id")
    private Revision liveRevision;

    /**
     * The live revision's section, by id, on the story's own row: the public lists (fronts, feeds,
     * the home page's blocks) ask for "published stories in these sections, newest first", and
     * only a column of this table lets one index answer that. Set with {@link #liveRevision}, in
     * the one place that sets it; never the draft's section, which may already be another.
     */
    @Column(name = "live_section_id")
    private Long liveSectionId;

    @ElementCollection
    @CollectionTable(name = "article_update_note", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "note_order")
    private List<UpdateNote> updateNotes = new ArrayList<>();

    public static final int UPDATE_NOTE_MAXIMUM = 1000;

    /**
     * The lead picture of the working draft and the one readers see, by id (the media library's
     * {@code MediaImage}; a story knows its picture only by id, so that {@code media} may depend on
     * stories and not the other way round). The draft's goes live with the draft.
     */
    @Column(name = "lead_image_id")
    private Long leadImageId;

    @Column(name = "live_lead_image_id")
    private Long liveLeadImageId;

    protected Article() {
        // for JPA
    }

    private Article(StaffMember createdBy, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        this.modifiedAt = now;
        this.modifiedBy = createdBy;
    }

    /** A new article in DRAFT, with its first revision. */
    public static Revision create(ArticleContent content, StaffMember writer, Instant now, String note) {
        return new Article(writer, now).revise(content, writer, now, note);
    }

    /**
     * Saves the draft as the next revision. Readers see no change until the next publish; a
     * published article now "has pending changes".
     */
    public Revision revise(ArticleContent content, StaffMember editor, Instant now, String note) {
        this.headline = content.headline();
        this.dek = content.dek();
        this.keywords = Keywords.join(content.keywords());
        this.body = content.body();
        this.section = content.section();
        this.bylines = new ArrayList<>(content.bylines());
        this.slug = content.slug();
        this.modifiedAt = now;
        this.modifiedBy = editor;
        this.latestRevisionNumber++;
        return new Revision(this, latestRevisionNumber, content, leadImageId, editor, now, note);
    }

    public void submitForReview(StaffMember by, Instant now) {
        moveTo(ArticleStatus.IN_REVIEW, "submit it for review", by, now);
    }

    /** Sends an article in review, or a scheduled one, back to the writer's desk. */
    public void returnToDraft(StaffMember by, Instant now) {
        moveTo(ArticleStatus.DRAFT, "return it to draft", by, now);
        this.scheduledAt = null;
        this.scheduledBy = null;
    }

    public void schedule(Instant publishAt, StaffMember by, Instant now) {
        if (!publishAt.isAfter(now)) {
            throw new InvalidInputException("scheduledAt", "Choose a time in the future to schedule the article.");
        }
        moveTo(ArticleStatus.SCHEDULED, "schedule it", by, now);
        this.scheduledAt = publishAt;
        this.scheduledBy = by;
    }

    /**
     * Publishes a scheduled story whose time has come, as the editor who scheduled it. A story
     * that goes out within {@link #ON_TIME} of its time carries the scheduled time as its published
     * time, the time the desk chose and announced. One that goes out later (after downtime) carries
     * the time readers could first see it: a story that was not there at 9:00 must not claim 9:00,
     * nor sink below newer stories in feeds and fronts it never appeared above.
     *
     * @return what kind of publication this was, for the event that announces it
     */
    public Publication publishScheduled(Revision draft, Instant now) {
        if (status != ArticleStatus.SCHEDULED || scheduledAt == null) {
            throw new IllegalTransitionException("publish it on schedule", status);
        }
        if (scheduledAt.isAfter(now)) {
            throw new IllegalStateException("Article " + id + " is scheduled for " + scheduledAt + ", not before " + now);
        }
        StaffMember by = getScheduledBy().orElseThrow();
        Instant publishedAt = Duration.between(scheduledAt, now).compareTo(ON_TIME) <= 0 ? scheduledAt : now;
        return publish(draft, by, now, false, null, publishedAt);
    }

    /** How late a scheduled publish may be and still carry its scheduled time. */
    public static final Duration ON_TIME = Duration.ofMinutes(1);

    /**
     * Makes {@code draft} (the latest revision) live.
     *
     * @param meaningfulUpdate on a story that has been published before, whether readers are told
     *                         it was updated: sets the displayed "Updated" time; a typo fix leaves it
     * @param publicNote       an optional dated note for readers about what changed (or a
     *                         correction); giving one makes the publish a meaningful update
     * @return what kind of publication this was, for the event that announces it
     */
    public Publication publish(Revision draft, StaffMember by, Instant now, boolean meaningfulUpdate, String publicNote) {
        return publish(draft, by, now, meaningfulUpdate, publicNote, null);
    }

    /**
     * Makes {@code draft} live for the first time with the time the story was first published
     * elsewhere, for a story migrated from an archive: its date (and URL) are the original ones.
     *
     * @param publishedAt when the story first went live, not later than {@code now}
     */
    public Publication publishAsOf(Revision draft, StaffMember by, Instant now, Instant publishedAt) {
        if (firstPublishedAt != null) {
            throw new InvalidInputException("publishedAt",
                    "This story has been published before; its first published time does not change.");
        }
        if (publishedAt.isAfter(now)) {
            throw new InvalidInputException("publishedAt",
                    "A published time cannot be in the future; to publish later, schedule the article.");
        }
        return publish(draft, by, now, false, null, publishedAt);
    }

    /**
     * Makes {@code draft} live as an archive that is moved in (a WordPress import) has it: first
     * published at {@code publishedAt} when it has never been live here, and shown as updated at
     * {@code updatedAt} when that is later than its first publication (null: no "Updated" time
     * from the archive). A story published before keeps its first published time.
     */
    public Publication publishFromArchive(Revision draft, StaffMember by, Instant now, Instant publishedAt, Instant updatedAt) {
        Publication publication = firstPublishedAt == null
                ? publishAsOf(draft, by, now, publishedAt)
                : publish(draft, by, now, false, null, null);
        if (updatedAt != null && updatedAt.isAfter(firstPublishedAt) && !updatedAt.isAfter(now)) {
            displayedUpdatedAt = updatedAt;
        }
        return publication;
    }

    private Publication publish(Revision draft, StaffMember by, Instant now, boolean meaningfulUpdate, String publicNote,
                                Instant originallyPublishedAt) {
        if (draft.getArticle() != this || draft.getNumber() != latestRevisionNumber) {
            throw new IllegalArgumentException("Only the latest revision of this article can go live");
        }
        String note = Characters.field(publicNote);
        if (note.length() > UPDATE_NOTE_MAXIMUM) {
            throw new InvalidInputException("updateNote",
                    "An update note can have at most " + UPDATE_NOTE_MAXIMUM + " characters; it has " + note.length() + ".");
        }
        boolean wasLive = status == ArticleStatus.PUBLISHED;
        moveTo(ArticleStatus.PUBLISHED, "publish it", by, now);
        Publication publication;
        if (firstPublishedAt == null) {
            firstPublishedAt = originallyPublishedAt == null ? now : originallyPublishedAt;
            publication = Publication.FIRST;
        } else {
            // a note for readers (an update or a correction) is itself a meaningful update
            if (meaningfulUpdate || !note.isEmpty()) {
                displayedUpdatedAt = now;
                if (!note.isEmpty()) {
                    updateNotes.add(new UpdateNote(now, note));
                }
            }
            publication = wasLive ? Publication.UPDATE : Publication.REPUBLICATION;
        }
        this.liveRevision = draft;
        this.liveSectionId = draft.getSection().getId();
        this.liveLeadImageId = leadImageId;
        this.scheduledAt = null;
        this.scheduledBy = null;
        return publication;
    }

    /**
     * Takes the story down: nothing of it is shown to readers, and its URL answers "gone". The
     * last live revision is kept so that URL (and its slug) stays the story's own.
     */
    public void unpublish(StaffMember by, Instant now) {
        moveTo(ArticleStatus.UNPUBLISHED, "unpublish it", by, now);
    }

    private void moveTo(ArticleStatus next, String action, StaffMember by, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException(action, status);
        }
        this.status = next;
        this.modifiedAt = now;
        this.modifiedBy = Objects.requireNonNull(by);
    }

    /** How a publish changed what readers see. */
    public enum Publication {
        /** The story went live for the first time. */
        FIRST,
        /** A live story was replaced by a newer revision. */
        UPDATE,
        /** A story that had been taken down went live again. */
        REPUBLICATION
    }

    /** Published, with saved changes readers do not see yet. */
    public boolean hasPendingChanges() {
        return status == ArticleStatus.PUBLISHED && liveRevision != null
                && liveRevision.getNumber() < latestRevisionNumber;
    }

    /** The current draft as content, for a form or a comparison. */
    public ArticleContent draftContent() {
        return new ArticleContent(headline, dek, body, section, bylines, slug, Keywords.split(keywords));
    }

    public boolean wasCreatedBy(StaffMember member) {
        return createdBy == member || createdBy.getId() != null && createdBy.getId().equals(member.getId());
    }

    /**
     * Makes {@code imageId} (or no picture, when null) the draft's lead image; readers see it when
     * the draft is next published. The media library checks the picture may be used.
     *
     * @return whether the choice changed (the caller saves the draft as a revision, so the
     *         history, "pending changes" and a later restore all know the picture)
     */
    public boolean chooseLeadImage(Long imageId, Instant now) {
        if (!Objects.equals(imageId, leadImageId)) {
            leadImageId = imageId;
            modifiedAt = now;
            return true;
        }
        return false;
    }

    /** Forgets a picture that is being deleted from the library, from the draft (never the live story's). */
    public void forgetDraftLeadImage(long imageId) {
        if (Objects.equals(leadImageId, imageId)) {
            leadImageId = null;
        }
    }

    public Optional<Long> getLeadImageId() {
        return Optional.ofNullable(leadImageId);
    }

    /** The lead picture readers see, while the story is published. */
    public Optional<Long> getLiveLeadImageId() {
        return status == ArticleStatus.PUBLISHED ? Optional.ofNullable(liveLeadImageId) : Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getHeadline() {
        return headline;
    }

    public String getDek() {
        return dek;
    }

    /** The working draft's keywords (readers see the live revision's). */
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

    public StaffMember getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getFirstPublishedAt() {
        return Optional.ofNullable(firstPublishedAt);
    }

    /**
     * The displayed update time as stored: only ever set by a meaningful update. Whether readers
     * are shown it is {@link #shownUpdate()}'s to say.
     */
    public Optional<Instant> getDisplayedUpdatedAt() {
        return Optional.ofNullable(displayedUpdatedAt);
    }

    /**
     * The "Updated:" time readers are shown, the one place that rule lives: the displayed update
     * time, only when the story has been published and the update is later than its first
     * publication. The system's own modification time is never an update readers see.
     */
    public Optional<Instant> shownUpdate() {
        return shownUpdate(firstPublishedAt, displayedUpdatedAt);
    }

    /** {@link #shownUpdate()} for a story read as its times alone (a listing, a feed entry). */
    public static Optional<Instant> shownUpdate(Instant firstPublished, Instant displayedUpdated) {
        if (firstPublished == null || displayedUpdated == null || !displayedUpdated.isAfter(firstPublished)) {
            return Optional.empty();
        }
        return Optional.of(displayedUpdated);
    }

    /** The "Updated:" time readers are shown, when the change made at {@code at} set it. */
    public Optional<Instant> shownUpdateFrom(Instant at) {
        return shownUpdate().filter(at::equals);
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public StaffMember getModifiedBy() {
        return modifiedBy;
    }

    public Optional<Instant> getScheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    /**
     * Who the scheduled publish acts for: the editor who scheduled it (or, for a story scheduled
     * before that was recorded, whoever changed it last).
     */
    public Optional<StaffMember> getScheduledBy() {
        if (status != ArticleStatus.SCHEDULED) {
            return Optional.empty();
        }
        return Optional.of(scheduledBy != null ? scheduledBy : modifiedBy);
    }

    public int getLatestRevisionNumber() {
        return latestRevisionNumber;
    }

    /**
     * The revision that went live last: what readers see while the article is published, and
     * what gives a taken-down story its URL. Empty until the first publish.
     */
    public Optional<Revision> getLiveRevision() {
        return Optional.ofNullable(liveRevision);
    }

    public List<UpdateNote> getUpdateNotes() {
        return List.copyOf(updateNotes);
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + slug + ", " + status + "]";
    }
}
