package org.newsdesk.cms.article;

/**
 * How a list of articles is sorted. Every order ends on the article id, so pages never skip or
 * repeat a story whose time equals another's.
 *
 * <p>The published and scheduled orders list only articles that have such a time: a draft that
 * was never published has no place in "newest published first", and putting it at either end would
 * make the two directions disagree about where it goes (and need an index per direction).
 */
public enum ArticleOrder {
    /** Last changed first: the desk's default view. */
    MODIFIED_NEWEST,
    MODIFIED_OLDEST,
    /** By first publication, newest first; never-published articles are left out. */
    PUBLISHED_NEWEST,
    PUBLISHED_OLDEST,
    /** Next to go live first; only scheduled articles have a scheduled time. */
    SCHEDULED_SOONEST;

    /** Whether articles without the time this order sorts by are left out of the list. */
    public boolean needsPublishedTime() {
        return this == PUBLISHED_NEWEST || this == PUBLISHED_OLDEST;
    }

    public boolean needsScheduledTime() {
        return this == SCHEDULED_SOONEST;
    }
}
