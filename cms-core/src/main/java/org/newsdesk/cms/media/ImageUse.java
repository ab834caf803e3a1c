package org.newsdesk.cms.media;

/**
 * A story that uses a picture as its lead image: in its working draft, or in what readers see now
 * ({@code live}), or both.
 */
public record ImageUse(long articleId, String headline, boolean live) {
}
