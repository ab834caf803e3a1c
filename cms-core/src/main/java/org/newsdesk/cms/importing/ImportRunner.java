package org.newsdesk.cms.importing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.shared.EditorialException;

/**
 * Runs import jobs in the background, one at a time on each instance, each job on exactly one
 * instance: a waiting job is claimed with one conditional update of its row (see
 * {@link ImportRepository#claim}), as the schedule poller's row lock makes each scheduled story go
 * out once. An instance claims only a job whose file it can read (the upload went to its data
 * directory, or to one the instances share), so any instance's screen shows the job's progress
 * from the database while the one holding the file runs it.
 *
 * <p>The file is read twice: once to refuse it whole if it is not a readable export (nothing
 * changes), then item by item in batches of {@value #BATCH}, each batch one transaction. After a
 * batch commits, one {@link ArchiveImported} event tells the public site which stories changed,
 * so the page cache is evicted once per batch. A batch a service refused is rolled back and its
 * items imported one by one, so only the item at fault fails, with the reason in the report.
 *
 * <p>A running job records its progress after every batch; one silent for
 * {@code ABANDONED_AFTER} was left by an instance that stopped, goes back to waiting and runs from
 * the top on an instance that can read its file: importing is idempotent, so what was done is
 * recognised as unchanged.
 */
@ApplicationScoped
public class ImportRunner {

    static final int BATCH = 100;
    static final long LOOK_SECONDS = 5;
    /** Waiting jobs looked at each time: those whose file is on another instance's disk are passed over. */
    static final int WAITING_LOOKED_AT = 100;

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    WordPressImports jobs;

    @Inject
    ImportBatch batches;

    @Inject
    Event<ArchiveImported> imported;

    @Inject
    WordPressPictures pictures;

    /** Names the instance in the job's record, for the operator (as operations.InstanceName does for schedules). */
    @Inject
    @ConfigProperty(name = "cms.instance.name")
    Optional<String> instanceName;

    /** Longer than any batch takes: a running job silent for this long was left by an instance that stopped. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    /** An idle instance claims a job it can read within seconds: one waiting this long while none runs has no reader. */
    static final Duration UNREAD_AFTER = Duration.ofMinutes(10);

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean lookedOnce;
    private ScheduledFuture<?> looking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        looking = scheduler.scheduleWithFixedDelay(this::look, LOOK_SECONDS, LOOK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
    }

    /** Looks for a waiting job as soon as the upload that made it has committed. */
    public void wakeAfterCommit(long jobId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the job is not there until the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(() -> look(jobId));
                }
            }
        });
    }

    void look() {
        look(null);
    }

    /** Claims and runs a waiting job this instance can read: {@code first} (just uploaded here) before any other. */
    void look(Long first) {
        try {
            if (busy.get()) {
                return;
            }
            int again = jobs.requeueSilentSince(ABANDONED_AFTER);
            if (again > 0) {
                LOG.info("WordPress import: " + again + " import(s) left running by a stopped instance wait to run again");
            }
            if (first != null && tryToRun(jobs.jobToRun(first))) {
                return;
            }
            for (ImportJob job : jobs.waiting(WAITING_LOOKED_AT)) {
                if (tryToRun(job)) {
                    return;
                }
            }
            int unread = jobs.failUnread(UNREAD_AFTER);
            if (unread > 0) {
                LOG.info("WordPress import: " + unread + " import(s) whose file no instance could read failed");
            }
            lookedOnce = true;
        } catch (Throwable e) {
            // a task that throws is never run again; before the first look got through the
            // application may still be starting, which is no fault worth a WARNING
            LOG.log(lookedOnce ? Level.WARNING : Level.FINE, "WordPress import: looking for waiting imports failed", e);
        }
    }

    /**
     * Claims the job and hands it to the executor, if it waits, its file can be read here and no
     * job runs here. Whatever goes wrong between, this instance is free again and the job waits.
     */
    private boolean tryToRun(ImportJob job) {
        if (job.getStatus() != ImportJob.Status.WAITING || !Files.isReadable(Path.of(job.getStoredFile()))
                || !busy.compareAndSet(false, true)) {
            return false;
        }
        boolean submitted = false;
        Optional<String> token = Optional.empty();
        try {
            token = jobs.claim(job.getId(), instance());
            if (token.isPresent()) {
                String run = token.get();
                executor.submit(() -> run(job.getId(), run));
                submitted = true;
            }
            return submitted;
        } finally {
            if (!submitted) {
                busy.set(false);
                if (token.isPresent()) {
                    // claimed, but the executor refused the task: back to waiting at once
                    try {
                        jobs.release(job.getId(), token.get());
                    } catch (RuntimeException e) {
                        LOG.log(Level.INFO, "WordPress import " + job.getId() + " waits until it is found silent", e);
                    }
                }
            }
        }
    }

    private String instance() {
        return instanceName.filter(name -> !name.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "unknown host";
            }
        });
    }

    void run(long jobId, String runToken) {
        Path file = null;
        try {
            ImportJob job = jobs.jobToRun(jobId);
            file = Path.of(job.getStoredFile());
            long started = System.nanoTime();
            WxrSite site;
            try {
                site = WxrReader.check(file);
            } catch (WxrRefusedException refused) {
                jobs.refuse(jobId, runToken, refused.getMessage());
                delete(file);
                return;
            }
            jobs.begin(jobId, runToken, site.items());
            // the attachments first: a post's featured image and body images may come before them in the file
            ImportPlan plan = ImportPlan.of(job, runToken, site);
            plan = plan.with(pictures.bring(plan, file));
            ImportPlan planned = plan;
            List<WxrPost> batch = new ArrayList<>(BATCH);
            WxrReader.posts(file, post -> {
                batch.add(post);
                if (batch.size() == BATCH) {
                    commit(planned, batch);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                commit(plan, batch);
            }
            jobs.finish(jobId, runToken);
            delete(file);
            LOG.info(String.format("WordPress import %d (%s): %d items in %.1f s", jobId, job.getFileName(), site.items(),
                    (System.nanoTime() - started) / 1e9));
        } catch (ImportRunOverException over) {
            // requeued as silent and claimed again (or ended): the live run has the job and its file
            LOG.info("WordPress import " + jobId + ": this run stopped, another has the job");
        } catch (Throwable e) {
            // an Error too (an OutOfMemoryError on a huge element): the job must not stay RUNNING
            LOG.log(Level.WARNING, "WordPress import " + jobId + " stopped", e);
            try {
                if (jobs.fail(jobId, runToken, "The import stopped: " + reason(e) + " What was imported before stays; "
                        + "importing the same file again carries on where it stopped.") && file != null) {
                    // a failed job is over: its upload is not kept (the desk uploads the file again)
                    delete(file);
                }
            } catch (RuntimeException alsoFailed) {
                LOG.log(Level.WARNING, "Could not record that WordPress import " + jobId + " stopped", alsoFailed);
            }
        } finally {
            busy.set(false);
        }
    }

    private void commit(ImportPlan plan, List<WxrPost> posts) {
        try {
            announce(batches.run(plan, posts));
        } catch (ImportRunOverException over) {
            throw over;
        } catch (RuntimeException refused) {
            if (causedByRunOver(refused)) {
                throw new ImportRunOverException(plan.jobId());
            }
            if (posts.size() == 1) {
                batches.failed(plan, posts.get(0), reason(refused));
                return;
            }
            // one item spoiled the batch: each on its own, so that only that one fails
            for (WxrPost post : posts) {
                commit(plan, List.of(post));
            }
        }
    }

    private void announce(ImportBatch.Result result) {
        if (result.changedForReaders().isEmpty()) {
            return;
        }
        try {
            imported.fire(new ArchiveImported(result.changedForReaders(), jobs.now()));
        } catch (RuntimeException e) {
            // the batch is committed either way; pages missed expire on their own within minutes
            LOG.log(Level.WARNING, "An observer failed on an import batch", e);
        }
    }

    private static boolean causedByRunOver(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportRunOverException) {
                return true;
            }
        }
        return false;
    }

    /** The refusal's own words when a rule refused the item, else what went wrong, briefly. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EditorialException refusal) {
                return refusal.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "Newsdesk could not save it (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("")) + ").";
    }

    /** Deletes an imported file, and the uploads zip that came with it. */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(WordPressPictures.uploadsBeside(file));
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not delete the imported file " + file, e);
        }
    }
}
