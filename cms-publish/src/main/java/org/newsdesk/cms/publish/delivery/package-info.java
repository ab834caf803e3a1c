/**
 * How a reader's request becomes a response. {@link org.newsdesk.cms.publish.delivery.PublicSite}
 * is the pipeline: read the address ({@link org.newsdesk.cms.publish.url.PublicUrls#parse}) →
 * conditional GET (ETag, Last-Modified, 304) → page cache → answer → cache.
 * {@link org.newsdesk.cms.publish.delivery.PublicPages} answers an address: it resolves it (301 for
 * an address a story had before or a front without its slash, 404 unknown, 410 taken down), reads
 * what the page shows and has the page, feed or sitemap rendered. The only package that uses all
 * the others; none uses it.
 */
package org.newsdesk.cms.publish.delivery;
