package org.newsdesk.cms.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;

public interface ScheduleRecordRepository {

    /**
     * Scheduled articles whose time is at or before {@code now} and that have no record for that
     * time yet, the longest overdue first.
     */
    List<Long> dueArticleIds(Instant now, int limit);

    /** The record of the article's publication at this scheduled time, if one was written. */
    Optional<ScheduleRecord> find(Article article, Instant scheduledAt);

    void add(ScheduleRecord record);

    /** Records written at or after {@code since}, newest first, with their articles. */
    List<ScheduleRecord> since(Instant since, int limit);

    /**
     * Failures the desk has not dealt with yet: the article is still scheduled for the time that
     * failed (rescheduling, publishing or sending it back deals with it). Oldest first.
     */
    List<ScheduleRecord> unresolvedFailures(int limit);
}
