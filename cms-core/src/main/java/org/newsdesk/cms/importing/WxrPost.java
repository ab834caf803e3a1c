package org.newsdesk.cms.importing;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <item>} of a WordPress export, as read: nothing mapped yet.
 *
 * @param publishedAt  {@code wp:post_date_gmt}, null when WordPress wrote none (a draft's zeros)
 * @param modifiedAt   {@code wp:post_modified_gmt}, likewise
 * @param creator      {@code dc:creator}: the author's login, only ever used to find their display name
 * @param categories   the item's categories in the export's order (the first is the section)
 * @param tags         the item's tags (post_tag), by name
 */
public record WxrPost(String title, String link, long postId, String guid, String postName, String status,
                      String postType, Instant publishedAt, Instant modifiedAt, String creator, String content,
                      String excerpt, List<WxrCategory> categories, List<String> tags) {

    public WxrPost {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }

    /** A title for the report: WordPress allows posts without one. */
    public String reportTitle() {
        return title == null || title.isBlank() ? "(untitled, post " + postId + ")" : title.strip();
    }
}
