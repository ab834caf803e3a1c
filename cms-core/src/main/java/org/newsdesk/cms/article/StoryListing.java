package org.newsdesk.cms.article;

import java.time.Instant;

/**
 * A published story as lists show it (fronts, author pages, feeds, sitemaps): its live headline,
 * dek, slug and section, and its times. Read by a projection, so a list never loads bodies.
 */
public record StoryListing(Long articleId, String headline, String dek, String slug, Long sectionId,
                           Instant firstPublishedAt, Instant displayedUpdatedAt, Instant modifiedAt) {
}
