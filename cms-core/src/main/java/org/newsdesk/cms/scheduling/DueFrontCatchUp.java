package org.newsdesk.cms.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.front.DueFrontRelease;

/**
 * Publishes every scheduled front arrangement whose time has come, each through
 * {@link DueFrontRelease} in a transaction of its own, on the same look of {@link DueStoryPoller}
 * that publishes due stories: stories first, so a morning front placing a story scheduled for
 * the same minute finds it live.
 */
@ApplicationScoped
public class DueFrontCatchUp {

    private static final Logger LOG = Logger.getLogger(DueFrontCatchUp.class.getName());

    static final int BATCH = 50;

    @Inject
    DueFrontRelease release;

    /** @return how many fronts this instance published */
    public int publishDue() {
        int published = 0;
        for (long frontId : release.dueFrontIds(BATCH)) {
            try {
                if (release.publish(frontId).isPresent()) {
                    published++;
                    LOG.info(() -> "Published the scheduled arrangement of front " + frontId);
                }
            } catch (RuntimeException e) {
                // another instance holds the front (the lock does not wait), or the database
                // blinked: the next look tries again while the front is still due
                LOG.log(Level.FINE, "Scheduled front " + frontId + " could not be published on this look", e);
            }
        }
        return published;
    }
}
