package org.newsdesk.cms.article;

import java.util.Objects;

/**
 * Which articles a list shows, and in what order. Every criterion is optional; {@link #all()}
 * is every article, last changed first.
 *
 * @param status          only articles in this state
 * @param pendingChanges  only published articles with saved changes readers do not see yet
 * @param sectionId       only articles (in their working draft) in this section
 * @param authorId        only articles with this author among the bylines
 * @param changedBy       only articles this staff member created or changed last ("mine")
 * @param headlineText    the words looked for, as typed into the list's "Words" filter (or the
 *                        API's {@code q}) in the headline, dek and text of drafts and live
 *                        versions: such a list is answered by {@link ArticleWords} (the search
 *                        index), never by a scan of the table
 * @param order           the sort order
 */
public record ArticleFilter(ArticleStatus status, boolean pendingChanges, Long sectionId, Long authorId,
                            Long changedBy, String headlineText, ArticleOrder order) {

    public ArticleFilter {
        Objects.requireNonNull(order);
        headlineText = headlineText == null || headlineText.isBlank() ? null : headlineText.strip();
    }

    public static ArticleFilter all() {
        return new ArticleFilter(null, false, null, null, null, null, ArticleOrder.MODIFIED_NEWEST);
    }

    public ArticleFilter inStatus(ArticleStatus newStatus) {
        return new ArticleFilter(newStatus, pendingChanges, sectionId, authorId, changedBy, headlineText, order);
    }

    /** Published articles whose working draft is ahead of what readers see. */
    public ArticleFilter withPendingChanges() {
        return new ArticleFilter(ArticleStatus.PUBLISHED, true, sectionId, authorId, changedBy, headlineText, order);
    }

    public ArticleFilter inSection(Long newSectionId) {
        return new ArticleFilter(status, pendingChanges, newSectionId, authorId, changedBy, headlineText, order);
    }

    public ArticleFilter bylined(Long newAuthorId) {
        return new ArticleFilter(status, pendingChanges, sectionId, newAuthorId, changedBy, headlineText, order);
    }

    public ArticleFilter changedBy(Long staffId) {
        return new ArticleFilter(status, pendingChanges, sectionId, authorId, staffId, headlineText, order);
    }

    public ArticleFilter headlineContaining(String text) {
        return new ArticleFilter(status, pendingChanges, sectionId, authorId, changedBy, text, order);
    }

    public ArticleFilter orderedBy(ArticleOrder newOrder) {
        return new ArticleFilter(status, pendingChanges, sectionId, authorId, changedBy, headlineText, newOrder);
    }
}
