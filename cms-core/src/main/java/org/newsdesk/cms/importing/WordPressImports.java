package org.newsdesk.cms.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;

/**
 * WordPress imports as the desk sees them: start one from an uploaded file, follow its progress,
 * read its report, list the past ones. Editors and admins only: an import publishes stories. The
 * job's state steps ({@link #begin}, {@link #finish}...) are the runner's, each its own transaction.
 */
@ApplicationScoped
@Transactional
public class WordPressImports {

    @Inject
    ImportRepository imports;

    @Inject
    StaffService staff;

    @Inject
    ImportRunner runner;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cms.data.dir", defaultValue = "./data")
    String dataDir;

    /** The largest export accepted, in megabytes ({@code CMS_IMPORT_MAX_MB}). */
    @Inject
    @ConfigProperty(name = "cms.import.max.mb", defaultValue = "512")
    long maximumMegabytes;

    /** Where uploads are streamed to, under the data directory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Path uploadDirectory() {
        return Path.of(dataDir, "imports").toAbsolutePath().normalize();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long maximumBytes() {
        return maximumMegabytes * 1024 * 1024;
    }

    /** Refuses before anything is uploaded anyone who may not import. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffMember requireImporter(String actor) {
        StaffMember member = staff.getActive(actor);
        StaffPolicy.requireEditor(member, "import WordPress sites");
        return member;
    }

    /**
     * Records an uploaded export as a waiting job, which this instance then claims and runs in the
     * background (it holds the file).
     */
    public ImportJob start(String actor, String fileName, Path storedFile, long bytes, boolean showUpdates) {
        StaffMember member = requireImporter(actor);
        ImportJob job = new ImportJob(fileName.length() > 255 ? fileName.substring(0, 255) : fileName, storedFile.toString(),
                bytes, showUpdates, member.getUsername(), member.getDisplayName(), clock.instant());
        imports.add(job);
        imports.flush();
        runner.wakeAfterCommit(job.getId());
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob job(long jobId) {
        return imports.find(jobId).orElseThrow(() -> new NotFoundException("Import", jobId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportJob> latest(int limit) {
        return imports.latest(limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportNote> notes(long jobId, ImportNote.Kind kind, int limit) {
        return imports.notes(jobId, kind, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countNotes(long jobId, ImportNote.Kind kind) {
        return imports.countNotes(jobId, kind);
    }

    // --- the runner's steps, each in a transaction of its own -------------------------------

    /**
     * The job as its runner reads it, in a transaction of its own: a read without one, on a pooled
     * thread of the executor, can meet an EntityManager Payara closed after the thread's last task.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob jobToRun(long jobId) {
        return job(jobId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<String> claim(long jobId, String instance) {
        return imports.claim(jobId, instance, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int requeueSilentSince(java.time.Duration silence) {
        Instant now = clock.instant();
        return imports.requeueSilentSince(now.minus(silence), now);
    }

    /** The waiting jobs of files uploaded to this instance's directory (or one the instances share). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportJob> waiting(int limit) {
        return imports.waiting(uploadDirectory().toString(), limit);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failUnread(java.time.Duration waiting) {
        Instant now = clock.instant();
        return imports.failUnread(now.minus(waiting), UNREAD, now);
    }

    static final String UNREAD = "The uploaded file is no longer available: no Newsdesk instance could read it. Upload the "
            + "export again.";

    /** Starts the run's counts (and report) from nothing, in one transaction: a job run again counts each item once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void begin(long jobId, String runToken, int items) {
        job(jobId).requireRunBy(runToken).begin(items, clock.instant());
        imports.deleteNotes(jobId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refuse(long jobId, String runToken, String why) {
        job(jobId).requireRunBy(runToken).refuse(why, clock.instant());
    }

    /** A claimed job whose run could not be started waits again, for this or another instance. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long jobId, String runToken) {
        ImportJob job = job(jobId);
        if (job.isRunBy(runToken)) {
            job.release(clock.instant());
        }
    }

    /** Fails the job if {@code runToken}'s run is still its live one; whether it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fail(long jobId, String runToken, String why) {
        ImportJob job = job(jobId);
        if (!job.isRunBy(runToken)) {
            return false;
        }
        job.fail(why, clock.instant());
        return true;
    }

    /** The run is alive (bringing pictures in, between batches): another instance must not take the job over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stillRunning(long jobId, String runToken) {
        job(jobId).requireRunBy(runToken).count(ImportTally.NONE, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long jobId, String runToken) {
        job(jobId).requireRunBy(runToken).finish(clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }
}
