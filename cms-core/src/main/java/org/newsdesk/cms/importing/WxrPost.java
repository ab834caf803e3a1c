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
                      String excerpt, List<WxrCategory> categories, List<String> tags, java.time.LocalDateTime localDate,
                      Picture picture) {

    public WxrPost {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        picture = picture == null ? Picture.NONE : picture;
    }

    public WxrPost(String title, String link, long postId, String guid, String postName, String status,
                   String postType, Instant publishedAt, Instant modifiedAt, String creator, String content,
                   String excerpt, List<WxrCategory> categories, List<String> tags, java.time.LocalDateTime localDate) {
        this(title, link, postId, guid, postName, status, postType, publishedAt, modifiedAt, creator, content, excerpt,
                categories, tags, localDate, Picture.NONE);
    }

    /**
     * What an item says of pictures: an attachment's file ({@code wp:attachment_url}) and alt text
     * ({@code _wp_attachment_image_alt}); a post's featured image ({@code _thumbnail_id}, 0 for none).
     */
    public record Picture(String attachmentUrl, String alt, long thumbnailId) {
        static final Picture NONE = new Picture(null, null, 0);
    }

    /**
     * When WordPress published it: {@code post_date_gmt}, or where that is zeros (WordPress leaves
     * it so on some posts published by plugins or imports) {@code post_date}, the site's local
     * time, read in the publication's zone. Null when neither is given.
     */
    public Instant publishedAt(java.time.ZoneId zone) {
        if (publishedAt != null) {
            return publishedAt;
        }
        return localDate == null ? null : localDate.atZone(zone).toInstant();
    }

    /** A title for the report: WordPress allows posts without one. */
    public String reportTitle() {
        return title == null || title.isBlank() ? "(untitled, post " + postId + ")" : title.strip();
    }
}
