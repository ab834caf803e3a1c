/**
 * What search engines read: the sitemap index, the article sitemaps, the Google News sitemap (the
 * last 48 hours) and robots.txt.
 */
package org.newsdesk.cms.publish.sitemap;
