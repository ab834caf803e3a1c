package org.newsdesk.cms.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.article.Article;

/**
 * What became of one scheduled time of one article: published (and how late), or failed (and
 * why). There is at most one per article and scheduled time: the row lock on the article stops a
 * second instance before it gets this far, and the unique key would stop it at this record if
 * anything ever got past the lock. Never changed once written.
 */
@Entity
@Table(name = "scheduled_publication")
public class ScheduleRecord {

    /** How soon after its time a scheduled story goes live; later than this, the desk is shown it was late. */
    public static final Duration PROMISED = Duration.ofSeconds(5);

    /** The most of a failure's reason that is kept. */
    public static final int PROBLEM_MAXIMUM = 1000;
    /** The most of an instance's name that is kept (a long host name must not stop a publish). */
    static final int INSTANCE_MAXIMUM = 120;

    public enum Outcome {
        PUBLISHED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_publication_seq")
    @SequenceGenerator(name = "scheduled_publication_seq", sequenceName = "scheduled_publication_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    private Article article;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private Instant scheduledAt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "late_by_ms", nullable = false, updatable = false)
    private long lateByMillis;

    @Column(updatable = false)
    private String problem;

    @Column(updatable = false)
    private String instance;

    protected ScheduleRecord() {
        // for JPA
    }

    private ScheduleRecord(Article article, Instant scheduledAt, Instant attemptedAt, Outcome outcome,
                                 String problem, String instance) {
        this.article = Objects.requireNonNull(article);
        this.scheduledAt = Objects.requireNonNull(scheduledAt);
        this.attemptedAt = Objects.requireNonNull(attemptedAt);
        this.outcome = outcome;
        this.lateByMillis = Math.max(0, Duration.between(scheduledAt, attemptedAt).toMillis());
        this.problem = shortened(problem, PROBLEM_MAXIMUM);
        this.instance = shortened(instance, INSTANCE_MAXIMUM);
    }

    private static String shortened(String text, int maximum) {
        return text == null || text.length() <= maximum ? text : text.substring(0, maximum - 1) + "…";
    }

    static ScheduleRecord published(Article article, Instant scheduledAt, Instant publishedAt, String instance) {
        return new ScheduleRecord(article, scheduledAt, publishedAt, Outcome.PUBLISHED, null, instance);
    }

    static ScheduleRecord failed(Article article, Instant scheduledAt, Instant attemptedAt, String problem,
                                       String instance) {
        return new ScheduleRecord(article, scheduledAt, attemptedAt, Outcome.FAILED, problem, instance);
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** How long after its scheduled time the story went out (or was given up on). */
    public Duration getLateBy() {
        return Duration.ofMillis(lateByMillis);
    }

    /** Whether it went out (or failed) later than {@link #PROMISED}. */
    public boolean isLate() {
        return getLateBy().compareTo(PROMISED) > 0;
    }

    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }

    public Optional<String> getInstance() {
        return Optional.ofNullable(instance);
    }
}
