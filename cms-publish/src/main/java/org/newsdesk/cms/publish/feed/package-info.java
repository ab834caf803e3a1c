/**
 * RSS 2.0 and Atom feeds of the newest stories, site-wide and per section, written by ROME from the
 * same listings the fronts show.
 */
package org.newsdesk.cms.publish.feed;
