package org.newsdesk.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Actor;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.staff.StaffMember;

/**
 * One scheduled article at a time, each in a transaction of its own, so one story that cannot go
 * out never holds back the others. Every instance may try the same story at the same moment: the
 * row lock lets one through, and the others then find it published (or its failure recorded) and
 * leave it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DueStoryRelease {

    @Inject
    ArticleRepository repository;

    @Inject
    ArticleService articles;

    @Inject
    ScheduleRecordRepository records;

    @Inject
    ArticleEvents events;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    /**
     * Scheduled articles whose time has come and nobody has dealt with yet, the longest overdue
     * first. In a transaction of its own, as everything the poller reads: its thread has no
     * request whose end would close the EntityManager.
     */
    public List<Long> dueArticleIds(int limit) {
        return records.dueArticleIds(clock.instant(), limit);
    }

    /**
     * Publishes the article if it is (still) scheduled for a time that has come and nobody has
     * dealt with that time yet.
     *
     * @param instance which instance does it, for the record
     * @return the record of the publication, or empty when there was nothing (left) to do
     * @throws RuntimeException when it cannot be published (e.g. the editor who scheduled it may
     *                          no longer publish): nothing is changed, see {@link #recordFailure}
     */
    public Optional<ScheduleRecord> publish(long articleId, String instance) {
        Instant now = clock.instant();
        Optional<Article> due = lockDue(articleId, now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Article article = due.get();
        Instant scheduledAt = article.getScheduledAt().orElseThrow();
        StaffMember scheduledBy = article.getScheduledBy().orElseThrow();
        EditorialPolicy.requireMayStillPublish(scheduledBy);
        Article.Publication publication = article.publishScheduled(articles.latestRevision(article), now);
        articles.flushChecked(article);
        ScheduleRecord record = ScheduleRecord.published(article, scheduledAt, now, instance);
        records.add(record);
        // written now, so a refused insert fails this call and not, unexplained, its commit
        repository.flush();
        changes.announce(new Actor.Schedule(), Action.PUBLISHED, Subject.story(article.getId(), article.getHeadline()),
                "revision " + article.getLatestRevisionNumber() + ", scheduled by " + scheduledBy.getDisplayName());
        events.fireAfterCommit(PublishingService.eventFor(publication, article, now));
        return Optional.of(record);
    }

    /**
     * Records that the article could not go out at its scheduled time, for the desk to see and
     * act on; the article stays scheduled and is not tried again at that time. Nothing is recorded
     * while the story is less than {@code retriedFor} overdue: until then it is tried again.
     */
    public Optional<ScheduleRecord> recordFailure(long articleId, String problem, String instance,
                                                        Duration retriedFor) {
        Instant now = clock.instant();
        Optional<Article> due = lockDue(articleId, now)
                .filter(article -> !article.getScheduledAt().orElseThrow().plus(retriedFor).isAfter(now));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        ScheduleRecord record = ScheduleRecord.failed(due.get(), due.get().getScheduledAt().orElseThrow(), now, problem,
                instance);
        records.add(record);
        changes.announce(new Actor.Schedule(), Action.SCHEDULED_PUBLISH_FAILED,
                Subject.story(due.get().getId(), due.get().getHeadline()), record.getProblem().orElse(null));
        return Optional.of(record);
    }

    /**
     * The article, locked, if it is due and its scheduled time is not yet dealt with. The lock
     * does not wait: an article another instance holds is that instance's to publish, and if it
     * fails, this one finds the article still due on its next look.
     */
    private Optional<Article> lockDue(long articleId, Instant now) {
        return repository.findForUpdateNoWait(articleId)
                .filter(article -> article.getStatus() == ArticleStatus.SCHEDULED)
                .filter(article -> article.getScheduledAt()
                        .filter(at -> !at.isAfter(now))
                        .filter(at -> records.find(article, at).isEmpty())
                        .isPresent());
    }
}
