package org.newsdesk.cms.publishing;

import java.time.Instant;

/**
 * A change to what readers see, announced as a CDI event once the change has committed (see
 * {@link ArticleEvents}): observers (page caches, feeds, notifications) can use a plain
 * {@code @Observes} and never see a change that rolled back.
 */
public sealed interface ArticleEvent {

    long articleId();

    Instant at();

    /** A story went live, for the first time or again after being taken down. */
    record ArticlePublished(long articleId, Instant at) implements ArticleEvent {
    }

    /** A live story was replaced by a newer revision; {@code meaningful} when shown as "Updated". */
    record ArticleUpdated(long articleId, Instant at, boolean meaningful) implements ArticleEvent {
    }

    /** A story was taken down. */
    record ArticleUnpublished(long articleId, Instant at) implements ArticleEvent {
    }
}
