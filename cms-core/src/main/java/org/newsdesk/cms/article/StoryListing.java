package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.List;

/**
 * A published story as lists show it (fronts, author pages, feeds, sitemaps): its live headline,
 * dek, slug and section, and its times. Read by a projection, so a list never loads bodies.
 *
 * @param keywords the live revision's keywords as stored ({@link Keywords#join}); null for none
 */
public record StoryListing(Long articleId, String headline, String dek, String slug, Long sectionId,
                           Instant firstPublishedAt, Instant displayedUpdatedAt, Instant modifiedAt, String keywords) {

    public StoryListing(Long articleId, String headline, String dek, String slug, Long sectionId, Instant firstPublishedAt,
                        Instant displayedUpdatedAt, Instant modifiedAt) {
        this(articleId, headline, dek, slug, sectionId, firstPublishedAt, displayedUpdatedAt, modifiedAt, null);
    }

    public List<String> keywordList() {
        return Keywords.split(keywords);
    }
}
