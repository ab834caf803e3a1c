package org.newsdesk.cms.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.persistence.DatabaseMigrations;

/**
 * Looks for scheduled stories whose time has come every second on every instance: a story goes
 * live within a second or two of its time, and what fell due while nothing ran goes out on the
 * first look. The instances need not agree on who looks;
 * {@link org.newsdesk.cms.publishing.DueStoryRelease} makes sure each story goes out once.
 *
 * <p>A CDI bean started with the application, not an EJB: a task scheduled from an EJB carries
 * the EJB's invocation context, which Payara ends (closing its EntityManagers) after each run.
 */
@ApplicationScoped
public class DueStoryPoller {

    static final long INTERVAL_MILLIS = 1_000;

    private static final Logger LOG = Logger.getLogger(DueStoryPoller.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    DueStoryCatchUp catchUp;

    /** Scheduled front arrangements go out on the same looks. */
    @Inject
    DueFrontCatchUp fronts;

    @Inject
    DatabaseMigrations migrations;

    private ScheduledFuture<?> polling;

    /** Whether the last look failed; looks never overlap (fixed delay), but may run on other threads. */
    private volatile boolean failing;

    /**
     * Looks that failed before the first one got through. The first looks start as soon as CDI is
     * up, while Payara may still be starting the EJB container ("Attempt to invoke when container
     * is in Initializing"): that is not a fault worth a WARNING in a clean start's log, unless it
     * goes on for {@value #STARTING_LOOKS} looks.
     */
    private int failedWhileStarting;
    private volatile boolean lookedOnce;
    static final int STARTING_LOOKS = 60;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        polling = executor.scheduleWithFixedDelay(this::look, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Scheduled publishing: looking for stories due every " + INTERVAL_MILLIS + " ms");
    }

    void look() {
        try {
            if (migrations.isDone()) {
                catchUp.publishDue();
                fronts.publishDue();
                lookedOnce = true;
                if (failing) {
                    failing = false;
                    LOG.info("Scheduled publishing: looking for stories due works again.");
                }
            }
        } catch (Throwable e) {
            if (!lookedOnce && ++failedWhileStarting < STARTING_LOOKS) {
                LOG.log(Level.FINE, "Scheduled publishing: not ready to look yet (the application is still starting)", e);
                return;
            }
            // a task that throws is never run again: the next look must happen whatever this one
            // met. Said once when looking starts failing (say, the database is gone), not every second.
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Scheduled publishing: looking for stories due failed; looking again every "
                        + INTERVAL_MILLIS + " ms, and saying so here once it works again", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
