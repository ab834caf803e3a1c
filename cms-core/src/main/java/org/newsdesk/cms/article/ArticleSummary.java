package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One line of an article list: what the desk needs to recognise a story and its state, and
 * nothing heavy (no body, no revisions).
 *
 * @param bylines        the authors' names, in byline order
 * @param modifiedBy     the display name of whoever changed the article last
 * @param pendingChanges published, with saved changes readers do not see yet
 */
public record ArticleSummary(long id, String headline, ArticleStatus status, String sectionName,
                             List<String> bylines, Instant modifiedAt, String modifiedBy,
                             Instant firstPublishedAt, Instant scheduledAt, boolean pendingChanges) {

    public ArticleSummary {
        bylines = List.copyOf(bylines);
    }

    public Optional<Instant> firstPublished() {
        return Optional.ofNullable(firstPublishedAt);
    }

    public Optional<Instant> scheduled() {
        return Optional.ofNullable(scheduledAt);
    }
}
