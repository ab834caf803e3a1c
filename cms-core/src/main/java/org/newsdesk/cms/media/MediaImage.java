package org.newsdesk.cms.media;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.text.Characters;

/**
 * A picture in the media library: its original (kept as uploaded, in the media store), what
 * editors say of it (alt text, caption, credit), the point crops keep in view, and the renditions
 * readers get. Alt text may wait until the picture is used: a picture without it cannot be a lead
 * image, because a reader who cannot see it would get nothing.
 */
@Entity
@Table(name = "media_image")
public class MediaImage {

    public static final int ALT_MAXIMUM = 400;
    public static final int CAPTION_MAXIMUM = 1000;
    public static final int CREDIT_MAXIMUM = 200;

    /** Whether readers can be given the picture yet. */
    public enum Status { PROCESSING, READY, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_image_seq")
    @SequenceGenerator(name = "media_image_seq", sequenceName = "media_image_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ImageFormat format;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long byteSize;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "original_key", nullable = false, updatable = false)
    private String originalKey;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "alt_text")
    private String altText;

    private String caption;

    private String credit;

    @Column(name = "focal_x", nullable = false)
    private int focalX = 50;

    @Column(name = "focal_y", nullable = false)
    private int focalY = 50;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PROCESSING;

    @ManyToOne(optional = false)
    @JoinColumn(name = "uploaded_by", updatable = false)
    private StaffMember uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /**
     * The lease of the instance preparing the renditions (see {@link RenditionRecovery}); renewed
     * and taken over by bulk updates that leave {@link #version} alone, so an editor's open form
     * stays current.
     */
    @Column(name = "rendering_since")
    private Instant renderingSince;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_rendition", joinColumns = @JoinColumn(name = "image_id"))
    private List<Rendition> renditions = new ArrayList<>();

    protected MediaImage() {
        // for JPA
    }

    MediaImage(ImageFacts facts, long byteSize, String sha256, String originalKey, String fileName,
               StaffMember uploadedBy, Instant now) {
        this.format = facts.format();
        this.width = facts.width();
        this.height = facts.height();
        this.byteSize = byteSize;
        this.sha256 = Objects.requireNonNull(sha256);
        this.originalKey = Objects.requireNonNull(originalKey);
        this.fileName = fileName == null || fileName.isBlank() ? null : Characters.field(fileName);
        if (this.fileName != null && this.fileName.length() > 250) {
            this.fileName = this.fileName.substring(0, 250);
        }
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = now;
        this.modifiedAt = now;
        this.renderingSince = now;
    }

    /**
     * Sets alt text, caption and credit, and the focal point (percent across and down).
     *
     * @return whether the focal point moved (the crops must be made again)
     */
    boolean describe(String alt, String caption, String credit, int focalX, int focalY, Instant now) {
        String cleanAlt = Characters.field(alt);
        String cleanCaption = Characters.field(caption);
        String cleanCredit = Characters.field(credit);
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanAlt.length() > ALT_MAXIMUM) {
            problems.add(new FieldProblem("alt", "Alt text can have at most " + ALT_MAXIMUM + " characters; it has " + cleanAlt.length() + "."));
        }
        if (cleanCaption.length() > CAPTION_MAXIMUM) {
            problems.add(new FieldProblem("caption", "A caption can have at most " + CAPTION_MAXIMUM + " characters; it has " + cleanCaption.length() + "."));
        }
        if (cleanCredit.length() > CREDIT_MAXIMUM) {
            problems.add(new FieldProblem("credit", "A credit can have at most " + CREDIT_MAXIMUM + " characters; it has " + cleanCredit.length() + "."));
        }
        if (focalX < 0 || focalX > 100) {
            problems.add(new FieldProblem("focalX", "The focal point across is a percentage from 0 (left edge) to 100 (right edge)."));
        }
        if (focalY < 0 || focalY > 100) {
            problems.add(new FieldProblem("focalY", "The focal point down is a percentage from 0 (top) to 100 (bottom)."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean moved = focalX != this.focalX || focalY != this.focalY;
        this.altText = cleanAlt.isEmpty() ? null : cleanAlt;
        this.caption = cleanCaption.isEmpty() ? null : cleanCaption;
        this.credit = cleanCredit.isEmpty() ? null : cleanCredit;
        this.focalX = focalX;
        this.focalY = focalY;
        this.modifiedAt = now;
        return moved;
    }

    void renditionsMade(List<Rendition> made, Instant now) {
        renditions.clear();
        renditions.addAll(made);
        status = Status.READY;
        modifiedAt = now;
        renderingSince = null;
    }

    void renditionsFailed(Instant now) {
        status = Status.FAILED;
        modifiedAt = now;
        renderingSince = null;
    }

    /** Whether the picture can be given to readers: described for those who cannot see it, and rendered. */
    public boolean isUsable() {
        return altText != null && status == Status.READY;
    }

    /** The widths for {@code srcset}, narrowest first. */
    public List<Rendition> widths() {
        return renditions.stream().filter(Rendition::isWidth).sorted(Comparator.comparingInt(Rendition::getWidth)).toList();
    }

    public Optional<Rendition> rendition(String kind) {
        return renditions.stream().filter(r -> r.getKind().equals(kind)).findFirst();
    }

    /** The width rendition closest to {@code wanted} without being narrower, else the widest. */
    public Optional<Rendition> widthAtLeast(int wanted) {
        List<Rendition> widths = widths();
        return widths.stream().filter(r -> r.getWidth() >= wanted).findFirst()
                .or(() -> widths.isEmpty() ? Optional.empty() : Optional.of(widths.get(widths.size() - 1)));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ImageFormat getFormat() {
        return format;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getOriginalKey() {
        return originalKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getAltText() {
        return altText;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }

    public int getFocalX() {
        return focalX;
    }

    public int getFocalY() {
        return focalY;
    }

    public Status getStatus() {
        return status;
    }

    public StaffMember getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public List<Rendition> getRenditions() {
        return List.copyOf(renditions);
    }
}
