/**
 * Structured data for search engines and link previews: schema.org {@code NewsArticle} JSON-LD,
 * whose dates are the ones the page shows.
 */
package org.newsdesk.cms.publish.seo;
