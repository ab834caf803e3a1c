package org.newsdesk.cms.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.newsdesk.cms.operations.InstanceName;
import org.newsdesk.cms.publishing.DueStoryRelease;
import org.newsdesk.cms.shared.EditorialException;

/**
 * Publishes every scheduled story whose time has come, oldest first, each through
 * {@link DueStoryRelease} in a transaction of its own: on time while {@link DueStoryPoller}
 * looks, and all that fell due while no instance was running as soon as one starts. Every
 * outcome is recorded and shown to the desk: how late a story went out, or why it could not.
 *
 * <p>Metrics: {@code newsdesk.scheduled.publications} (tagged {@code outcome=published|failed})
 * counts them on this instance, and {@value #LATENESS} is how long after its scheduled time
 * each story went live.
 */
@ApplicationScoped
public class DueStoryCatchUp {

    private static final Logger LOG = Logger.getLogger(DueStoryCatchUp.class.getName());

    /**
     * A histogram of milliseconds with the unit in its name, not a Timer or a unit in the
     * metadata: Payara 6.2025.10's Prometheus output gives a Timer's quantiles and maximum in
     * nanoseconds under a "_seconds" name, and a millisecond histogram's sum unconverted.
     */
    static final String LATENESS = "newsdesk.scheduled.lateness.milliseconds";

    /** Stories taken per query; a catch-up after downtime goes on until none is due. */
    static final int BATCH = 50;

    /**
     * How long a story that fails for other reasons than the desk's (an error, not a refusal) is
     * tried again before the desk is shown it did not go out.
     */
    static final Duration RETRIED_FOR = Duration.ofMinutes(1);

    @Inject
    DueStoryRelease release;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    /** Names this instance in the record and the log. */
    @Inject
    InstanceName instance;

    /**
     * Publishes what is due now.
     *
     * @return how many stories this instance dealt with: published, or recorded as not gone out
     */
    public int publishDue() {
        int dealtWith = 0;
        List<Long> due;
        int handled;
        do {
            due = release.dueArticleIds(BATCH);
            handled = 0;
            for (long articleId : due) {
                if (publishOne(articleId)) {
                    handled++;
                }
            }
            dealtWith += handled;
            // a full batch may have more behind it; one where nothing could be done is left for
            // the next look, not asked for again at once
        } while (due.size() == BATCH && handled > 0);
        return dealtWith;
    }

    /** Whether the story went out, or its failure was recorded: either way it is dealt with. */
    private boolean publishOne(long articleId) {
        try {
            return release.publish(articleId, instance()).map(record -> {
                LOG.info(() -> "Published scheduled article " + articleId + " \"" + record.getArticle().getHeadline()
                        + "\" due at " + record.getScheduledAt() + ", " + record.getLateBy().toMillis() + " ms after its time");
                metrics.counter("newsdesk.scheduled.publications", new Tag("outcome", "published")).inc();
                metrics.histogram(LATENESS).update(record.getLateBy().toMillis());
                return true;
            }).orElse(false);
        } catch (EditorialException refused) {
            // the desk must act (the editor who scheduled it may no longer publish, ...): say so now
            return recordFailure(articleId, refused.getMessage(), Duration.ZERO, null);
        } catch (RuntimeException e) {
            // Another instance holding the story (the lock does not wait), an editor's change in
            // the same moment, the database blinking: the next look tries again. Only a story
            // still failing a while after its time is shown to the desk as not gone out.
            LOG.log(Level.FINE, "Scheduled article " + articleId + " could not be published on this look", e);
            return recordFailure(articleId, "It could not be published because of an error (" + e.getClass().getSimpleName()
                    + "); the log of instance " + instance() + " has the details.", RETRIED_FOR, e);
        }
    }

    private boolean recordFailure(long articleId, String problem, Duration retriedFor, RuntimeException cause) {
        try {
            return release.recordFailure(articleId, problem, instance(), retriedFor).map(record -> {
                // a refusal says all there is; an error needs its trace
                LOG.log(Level.WARNING, "Scheduled article " + articleId + " due at " + record.getScheduledAt()
                        + " could not be published: " + problem, cause);
                metrics.counter("newsdesk.scheduled.publications", new Tag("outcome", "failed")).inc();
                return true;
            }).orElse(false);
        } catch (RuntimeException e) {
            // e.g. the database is gone: nothing is recorded, so the story is tried again next time
            LOG.log(Level.FINE, "Scheduled article " + articleId + ": could not record its failure either", e);
            return false;
        }
    }

    private String instance() {
        return instance.get();
    }
}
