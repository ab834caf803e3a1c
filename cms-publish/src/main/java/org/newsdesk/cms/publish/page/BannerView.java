package org.newsdesk.cms.publish.page;

import java.time.Instant;

/**
 * The breaking-news banner as every page shows it.
 *
 * @param href      where it links to (absolute), or null
 * @param expiresAt when readers stop seeing it, or null: until taken down
 */
public record BannerView(String text, String href, Instant expiresAt) {
}
