package org.newsdesk.cms.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Gives a picture whose renditions were never finished (its instance crashed or was stopped with
 * it in the queue) to an instance that is running, so no crash leaves a picture "being prepared"
 * for ever. Each picture being prepared carries a lease in its row ({@code rendering_since}): the
 * instance that has it queued renews the lease on every look; a lease not renewed for
 * {@link #LEASE} belongs to an instance that stopped, and the first running instance to take it
 * over with a conditional update (as the import job's run token is claimed) prepares the picture.
 * Preparing one twice would only cost time: the renditions are the same bytes under the same keys.
 *
 * <p>Looked at on start and every minute after by {@code scheduling.StuckPictureSweeper}; a lone
 * instance that restarts after a crash prepares its own stuck pictures once their lease runs out.
 */
@ApplicationScoped
public class RenditionRecovery {

    /** Several looks (a minute apart) an instance must miss before others take its pictures. */
    public static final Duration LEASE = Duration.ofMinutes(3);

    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(RenditionRecovery.class.getName());

    @Inject
    RenditionWorker worker;

    @Inject
    RenditionWorker.RenditionRecorder recorder;

    @Inject
    Clock clock;

    /**
     * Renews the leases of this instance's queue, then takes over the stuck pictures of stopped
     * instances and queues them here.
     *
     * @return how many stuck pictures this instance took over
     */
    public int recoverStuck() {
        Set<Long> mine = worker.queued();
        if (!mine.isEmpty()) {
            recorder.renew(mine);
        }
        Instant before = clock.instant().minus(LEASE);
        int taken = 0;
        List<Long> stuck = recorder.stuck(before, BATCH);
        for (long imageId : stuck) {
            if (!mine.contains(imageId) && recorder.claim(imageId, before)) {
                worker.makeSoon(imageId);
                taken++;
            }
        }
        if (taken > 0) {
            LOG.info("Pictures: preparing " + taken + (taken == 1 ? " picture" : " pictures")
                    + " whose renditions a stopped instance never finished");
        }
        return taken;
    }
}
