/**
 * How a reader's request becomes a response. {@link org.newsdesk.cms.publish.delivery.PublicSite}
 * is the pipeline: read the address ({@link org.newsdesk.cms.publish.url.PublicUrls#parse}) →
 * conditional GET (ETag, Last-Modified, 304) → page cache → answer → cache.
 * {@link org.newsdesk.cms.publish.delivery.PublicPages} answers an address: it resolves it (301 for
 * an address a story had before or a front without its slash, 404 unknown, 410 taken down), reads
 * what the page shows and has the page, feed or sitemap rendered. The only package that uses all
 * the others; none uses it. {@link org.newsdesk.cms.publish.delivery.KeptPages} says which kept page
 * a request names and {@link org.newsdesk.cms.publish.delivery.PageReply} sends a page, for the
 * pipeline and for the front door that answers kept pages before the web container (web
 * {@code delivery}) alike.
 */
package org.newsdesk.cms.publish.delivery;
