package org.newsdesk.cms.publish.page;

import java.util.List;

/**
 * The site's own parts on every page: its name linking home, the top-level sections, the
 * stylesheet and the site feed.
 *
 * @param search where the search box in the header sends its query
 */
public record Masthead(String siteName, String home, List<Link> sections, String stylesheet, String search) {
}
