/**
 * Time: the injected {@link java.time.Clock} everything reads "now" from, and the publication's
 * zone and display pattern, applied in one formatter ({@link org.newsdesk.cms.time.PublicationTime}).
 */
package org.newsdesk.cms.time;
