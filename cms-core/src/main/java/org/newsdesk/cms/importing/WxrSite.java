package org.newsdesk.cms.importing;

import java.util.List;

/**
 * What the first pass learns of an export: the site's name and address, its authors and
 * categories (few, kept in memory), and how many items follow.
 */
public record WxrSite(String title, String blogUrl, List<WxrAuthor> authors, List<WxrCategory> categories, int items) {

    public WxrSite {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }
}
