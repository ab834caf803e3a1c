package org.newsdesk.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.operations.InstanceName;
import org.newsdesk.cms.article.StaleArticleException;
import org.newsdesk.cms.shared.EditorialException;


/**
 * Publishes every scheduled story whose time has come, oldest first: on time while the poller
 * runs, and all that fell due while no instance was running as soon as one starts. Every outcome
 * is recorded and shown to the desk: how late a story went out, or why it could not.
 *
 * <p>Metrics: {@code newsdesk.scheduled.publications} (tagged {@code outcome=published|failed})
 * counts them on this instance, and {@code newsdesk.scheduled.lateness} times how long after its
 * scheduled time each story went live.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    /** Stories taken per query; a catch-up after downtime goes on until none is due. */
    static final int BATCH = 50;

    /** What the dashboard shows of the schedule's record. */
    static final Duration RECENT = Duration.ofDays(7);

    @Inject
    ScheduledPublishing publishing;

    @Inject
    ScheduledPublicationRepository records;

    @Inject
    Clock clock;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    /** Names this instance in the record and the log. */
    @Inject
    InstanceName instance;

    /**
     * Publishes what is due now.
     *
     * @return how many stories this instance published
     */
    public int publishDue() {
        int published = 0;
        List<Long> due;
        do {
            due = publishing.dueArticleIds(BATCH);
            for (long articleId : due) {
                if (publishOne(articleId)) {
                    published++;
                }
            }
            // a full batch may have more behind it; a short one was everything due
        } while (due.size() == BATCH);
        return published;
    }

    private boolean publishOne(long articleId) {
        try {
            return publishing.publish(articleId, instance()).map(record -> {
                LOG.info(() -> "Published scheduled article " + articleId + " \"" + record.getArticle().getHeadline()
                        + "\" due at " + record.getScheduledAt() + ", " + record.getLateBy().toMillis() + " ms after its time");
                metrics.counter("newsdesk.scheduled.publications", new Tag("outcome", "published")).inc();
                metrics.timer("newsdesk.scheduled.lateness").update(record.getLateBy());
                return true;
            }).orElse(false);
        } catch (OptimisticLockException | PessimisticLockException | StaleArticleException raced) {
            // an editor (or another instance) changed the story in the same moment: look again next time
            LOG.log(Level.FINE, "Scheduled article " + articleId + " changed while publishing it; trying again", raced);
            return false;
        } catch (RuntimeException e) {
            recordFailure(articleId, e);
            return false;
        }
    }

    private void recordFailure(long articleId, RuntimeException cause) {
        String problem = cause instanceof EditorialException ? cause.getMessage()
                : "It could not be published because of an error (" + cause.getClass().getSimpleName()
                + "); the log of instance " + instance() + " has the details.";
        try {
            publishing.recordFailure(articleId, problem, instance()).ifPresent(record -> {
                // a refusal is the desk's to fix and says all there is; an error needs its trace
                LOG.log(Level.WARNING, "Scheduled article " + articleId + " due at " + record.getScheduledAt()
                        + " could not be published: " + problem, cause instanceof EditorialException ? null : cause);
                metrics.counter("newsdesk.scheduled.publications", new Tag("outcome", "failed")).inc();
            });
        } catch (RuntimeException e) {
            // e.g. the database is gone: nothing is recorded, so the story is tried again next time
            e.addSuppressed(cause);
            LOG.log(Level.SEVERE, "Scheduled article " + articleId + " could not be published, nor its failure recorded", e);
        }
    }

    /** The schedule's record of the last week, newest first, for the desk. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduledPublication> recent(int limit) {
        return records.since(clock.instant().minus(RECENT), limit);
    }

    /** Scheduled stories that did not go out and still wait for an editor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduledPublication> unresolvedFailures(int limit) {
        return records.unresolvedFailures(limit);
    }

    /** The failure that keeps this article waiting at its scheduled time, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScheduledPublication> failureOf(Article article) {
        return article.getScheduledAt().flatMap(at -> records.find(article, at))
                .filter(record -> record.getOutcome() == ScheduledPublication.Outcome.FAILED);
    }

    private String instance() {
        return instance.get();
    }
}
