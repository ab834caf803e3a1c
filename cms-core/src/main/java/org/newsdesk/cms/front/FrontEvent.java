package org.newsdesk.cms.front;

import java.time.Instant;

/**
 * A change to what readers see on a front or on every page, announced once it has committed
 * (see {@link FrontEvents}), like {@link org.newsdesk.cms.publishing.ArticleEvent}.
 */
public sealed interface FrontEvent {

    Instant at();

    /** A front's new arrangement went live (published, restored and published, or on schedule). */
    record FrontPublished(long frontId, Long sectionId, Instant at) implements FrontEvent {
    }

    /** The breaking-news banner was put up, changed or taken down: every public page shows it. */
    record BannerChanged(Instant at) implements FrontEvent {
    }
}
