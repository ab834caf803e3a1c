/**
 * The public path model: every kind of public address as a
 * {@link org.newsdesk.cms.publish.url.PublicPath}, written and read by one builder
 * ({@link org.newsdesk.cms.publish.url.PublicUrls}); who owns each first segment
 * ({@link org.newsdesk.cms.publish.url.PathOwner}), which is also what keeps top-level sections
 * off them; and where the site is ({@link org.newsdesk.cms.publish.url.SiteBase}). Nothing else
 * in the application knows the layout of the site's URLs.
 */
package org.newsdesk.cms.publish.url;
