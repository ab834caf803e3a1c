package org.newsdesk.cms.persistence;

import java.time.Instant;
import java.util.List;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.ArticleSummary;

/**
 * What the article list query selects (a JPQL constructor expression), before the bylines of the
 * page are added. Wrapper types throughout: EclipseLink matches the constructor by the selected
 * values' classes, and the live revision is absent until the first publish.
 */
public record ArticleSummaryRow(Long id, String headline, ArticleStatus status, String sectionName,
                                Instant modifiedAt, String modifiedBy, Instant firstPublishedAt,
                                Instant scheduledAt, Integer liveRevisionNumber, Integer latestRevisionNumber) {

    ArticleSummary withBylines(List<String> bylines) {
        boolean pendingChanges = status == ArticleStatus.PUBLISHED && liveRevisionNumber != null
                && liveRevisionNumber < latestRevisionNumber;
        return new ArticleSummary(id, headline, status, sectionName, bylines, modifiedAt, modifiedBy,
                firstPublishedAt, scheduledAt, pendingChanges);
    }
}
