package org.newsdesk.cms.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;

/** A line of an import's report: an item skipped or failed, with its title and the reason; or a note on one imported. */
@Entity
@Table(name = "import_note")
public class ImportNote {

    public static final int TITLE_MAXIMUM = 300;
    public static final int REASON_MAXIMUM = 1000;

    /** What happened to one item. Only the last three leave a line; every one is counted. */
    public enum Outcome {
        IMPORTED, UPDATED, UNCHANGED, SKIPPED, FAILED
    }

    public enum Kind {
        SKIPPED, FAILED,
        /** Imported, with something the desk should look at (shortcodes kept as text). */
        NOTE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_note_seq")
    @SequenceGenerator(name = "import_note_seq", sequenceName = "import_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "post_id")
    private Long postId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String reason;

    @Column(name = "article_id")
    private Long articleId;

    protected ImportNote() {
        // for JPA
    }

    public ImportNote(long jobId, Kind kind, long postId, String title, String reason, Long articleId) {
        this.jobId = jobId;
        this.kind = kind;
        this.postId = postId > 0 ? postId : null;
        this.title = cut(title, TITLE_MAXIMUM);
        this.reason = cut(reason, REASON_MAXIMUM);
        this.articleId = articleId;
    }

    private static String cut(String text, int maximum) {
        String words = text == null ? "" : text;
        return words.length() > maximum ? words.substring(0, maximum - 1) + "\u2026" : words;
    }

    public Kind getKind() {
        return kind;
    }

    public Optional<Long> getPostId() {
        return Optional.ofNullable(postId);
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public Optional<Long> getArticleId() {
        return Optional.ofNullable(articleId);
    }
}
