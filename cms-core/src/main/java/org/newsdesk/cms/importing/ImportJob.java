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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One upload of a WordPress export and what became of it. Its state lives in the database, not in
 * the instance running it, so every instance's screen shows the same progress and the job goes on
 * when the editor closes the browser. The counts add up to the items done: imported (new stories),
 * updated, unchanged (already imported as they are), skipped and failed (each with a line in the
 * report).
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public static final int PROBLEM_MAXIMUM = 2000;

    public enum Status {
        /** Uploaded; no instance has claimed it yet. */
        WAITING,
        RUNNING,
        FINISHED,
        /** The file is not a WordPress export Newsdesk reads: nothing changed. */
        REFUSED,
        /** Stopped by a fault; what was imported before it stays, and importing the file again carries on. */
        FAILED;

        public boolean isOver() {
            return this == FINISHED || this == REFUSED || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "stored_file", nullable = false)
    private String storedFile;

    @Column(name = "file_bytes", nullable = false)
    private long fileBytes;

    @Column(name = "show_updates", nullable = false)
    private boolean showUpdates;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_by_name", nullable = false)
    private String startedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String instance;

    /** Made new by each claim: only the run holding it changes the job (a stale one cannot end a live run). */
    @Column(name = "run_token")
    private String runToken;

    @Column(name = "progress_at")
    private Instant progressAt;

    @Column(name = "total_items", nullable = false)
    private int totalItems;

    @Column(name = "done_items", nullable = false)
    private int doneItems;

    private int imported;
    private int updated;
    private int unchanged;
    private int skipped;
    private int failed;

    private String problem;

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(String fileName, String storedFile, long fileBytes, boolean showUpdates, String startedBy,
                     String startedByName, Instant createdAt) {
        this.status = Status.WAITING;
        this.fileName = Objects.requireNonNull(fileName);
        this.storedFile = Objects.requireNonNull(storedFile);
        this.fileBytes = fileBytes;
        this.showUpdates = showUpdates;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedByName = Objects.requireNonNull(startedByName);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The first pass found a readable export with this many items. A job run again (left by a
     * stopped instance) starts its counts from nothing: the items are all read again, and those
     * already imported count as unchanged. Its report's lines go with them (see
     * {@link WordPressImports#begin}).
     */
    void begin(int items, Instant now) {
        this.totalItems = items;
        this.progressAt = now;
        doneItems = 0;
        imported = 0;
        updated = 0;
        unchanged = 0;
        skipped = 0;
        failed = 0;
    }

    /** Adds one batch's outcome. */
    void count(ImportTally tally, Instant now) {
        progressAt = now;
        doneItems += tally.done();
        imported += tally.imported();
        updated += tally.updated();
        unchanged += tally.unchanged();
        skipped += tally.skipped();
        failed += tally.failed();
    }

    /** Whether {@code token}'s run is the job's live one: running, and claimed with that token. */
    boolean isRunBy(String token) {
        return status == Status.RUNNING && token != null && token.equals(runToken);
    }

    /** Throws for a run that is no longer the job's live run (requeued and claimed again, or over). */
    ImportJob requireRunBy(String token) {
        if (!isRunBy(token)) {
            throw new ImportRunOverException(id);
        }
        return this;
    }

    void release(Instant now) {
        status = Status.WAITING;
        runToken = null;
        progressAt = now;
    }

    void finish(Instant now) {
        status = Status.FINISHED;
        finishedAt = now;
    }

    void refuse(String why, Instant now) {
        status = Status.REFUSED;
        problem = shortened(why);
        finishedAt = now;
    }

    void fail(String why, Instant now) {
        status = Status.FAILED;
        problem = shortened(why);
        finishedAt = now;
    }

    private static String shortened(String text) {
        String words = text == null ? "" : text;
        return words.length() > PROBLEM_MAXIMUM ? words.substring(0, PROBLEM_MAXIMUM - 1) + "\u2026" : words;
    }

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredFile() {
        return storedFile;
    }

    public long getFileBytes() {
        return fileBytes;
    }

    public boolean isShowUpdates() {
        return showUpdates;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getStartedByName() {
        return startedByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> getInstance() {
        return Optional.ofNullable(instance);
    }

    public int getTotalItems() {
        return totalItems;
    }

    public int getDoneItems() {
        return doneItems;
    }

    public int getImported() {
        return imported;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getFailed() {
        return failed;
    }

    public Optional<String> getRunToken() {
        return Optional.ofNullable(runToken);
    }

    public Optional<String> getProblem() {
        return Optional.ofNullable(problem);
    }
}
