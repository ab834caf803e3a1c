/** Every public URL, from one builder ({@link org.newsdesk.cms.publish.url.PublicUrls}). */
package org.newsdesk.cms.publish.url;
