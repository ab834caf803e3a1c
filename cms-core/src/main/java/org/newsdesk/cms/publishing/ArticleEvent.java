package org.newsdesk.cms.publishing;

import java.time.Instant;

/**
 * A change to what readers see. Fired as a CDI event inside the publishing transaction; observers
 * that act on it (page caches, feeds, notifications) observe with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so they only ever see committed changes.
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
