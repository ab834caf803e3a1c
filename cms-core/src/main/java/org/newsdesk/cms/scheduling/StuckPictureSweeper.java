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
import org.newsdesk.cms.media.RenditionRecovery;
import org.newsdesk.cms.persistence.DatabaseMigrations;

/**
 * Looks for pictures a stopped instance never finished preparing, soon after start and every
 * {@value #INTERVAL_SECONDS} s (see {@link RenditionRecovery}); each look also renews the leases of
 * this instance's own queue. A CDI bean, as the other pollers here (see {@link DueStoryPoller}).
 */
@ApplicationScoped
public class StuckPictureSweeper {

    static final long FIRST_LOOK_SECONDS = 10;
    static final long INTERVAL_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(StuckPictureSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    RenditionRecovery recovery;

    @Inject
    DatabaseMigrations migrations;

    private ScheduledFuture<?> sweeping;
    private volatile boolean failing;
    private volatile boolean lookedOnce;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        sweeping = executor.scheduleWithFixedDelay(this::look, FIRST_LOOK_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    void look() {
        try {
            if (!migrations.isDone()) {
                return;
            }
            recovery.recoverStuck();
            lookedOnce = true;
            if (failing) {
                failing = false;
                LOG.info("Pictures: looking for pictures left unprepared works again.");
            }
        } catch (Throwable e) {
            // a task that throws is never run again; said once, not every minute
            if (!lookedOnce) {
                LOG.log(Level.FINE, "Pictures: not ready to look for unprepared pictures yet", e);
            } else if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Pictures: looking for pictures left unprepared failed; looking again every "
                        + INTERVAL_SECONDS + " s", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}
