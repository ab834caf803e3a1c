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

/**
 * The schedule's record as the desk reads it: what went out and how late, and what did not go
 * out and still waits for an editor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScheduleLog {

    /** What the dashboard shows of the schedule's record. */
    static final Duration RECENT = Duration.ofDays(7);

    @Inject
    ScheduleRecordRepository records;

    @Inject
    Clock clock;

    /** The schedule's record of the last week, newest first. */
    public List<ScheduleRecord> recent(int limit) {
        return records.since(clock.instant().minus(RECENT), limit);
    }

    /** Scheduled stories that did not go out and still wait for an editor. */
    public List<ScheduleRecord> unresolvedFailures(int limit) {
        return records.unresolvedFailures(limit);
    }

    /** What became of the article at this scheduled time, if its time has come and gone. */
    public Optional<ScheduleRecord> recordOf(Article article, Instant scheduledAt) {
        return records.find(article, scheduledAt);
    }

    /** The failure that keeps this article waiting at its scheduled time, if there is one. */
    public Optional<ScheduleRecord> failureOf(Article article) {
        return article.getScheduledAt().flatMap(at -> recordOf(article, at))
                .filter(record -> record.getOutcome() == ScheduleRecord.Outcome.FAILED);
    }
}
