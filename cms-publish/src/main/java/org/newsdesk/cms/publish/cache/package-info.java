/**
 * The page cache and what keeps it honest: pages grouped by what a change touches
 * ({@link org.newsdesk.cms.publish.cache.CacheGroups}), evicted by the after-commit article events
 * ({@link org.newsdesk.cms.publish.cache.PageCacheEviction}), which also record each address a
 * story is published at so that old addresses redirect.
 */
package org.newsdesk.cms.publish.cache;
