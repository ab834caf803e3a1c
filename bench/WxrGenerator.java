import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a WordPress export (WXR) of POSTS posts for the import bench, as WordPress's Tools → Export
 * writes one: ten categories (two levels), five authors, posts of about 5 KB each (Gutenberg blocks
 * for most, classic text with a caption for every fifth), a draft every 50th, a page and an
 * attachment every 100th. Streamed: any size in constant memory.
 *
 *   java bench/WxrGenerator.java POSTS OUT.xml [WORD]
 *
 * WORD (default: the time) goes into every GUID, name and address, so that a second file is a
 * different site, not the same one again.
 */
public class WxrGenerator {

    private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String PARAGRAPH = "The council met until midnight and the budget now goes to the mayor, "
            + "who has ten days to sign it; residents packed the chamber and forty of them spoke, most about the river "
            + "crossing, the library hours and what the new levy will cost a family in the north end.";

    public static void main(String[] args) throws IOException {
        int posts = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String word = args.length > 2 ? args[2] : Long.toString(System.currentTimeMillis(), 36);
        LocalDateTime start = LocalDateTime.of(2015, 1, 1, 9, 0);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                        xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                    <title>Bench Gazette</title><link>https://gazette.example.org</link>
                    <wp:wxr_version>1.2</wp:wxr_version>
                    <wp:base_site_url>https://gazette.example.org</wp:base_site_url>
                    <wp:base_blog_url>https://gazette.example.org</wp:base_blog_url>
                    """);
            for (int a = 0; a < 5; a++) {
                w.write("<wp:author><wp:author_login><![CDATA[writer" + a + word + "]]></wp:author_login>"
                        + "<wp:author_display_name><![CDATA[Writer " + a + " " + word + "]]></wp:author_display_name></wp:author>\n");
            }
            for (int c = 0; c < 10; c++) {
                String parent = c < 5 ? "" : "desk" + (c - 5) + "-" + word;
                w.write("<wp:category><wp:category_nicename><![CDATA[desk" + c + "-" + word + "]]></wp:category_nicename>"
                        + "<wp:category_parent><![CDATA[" + parent + "]]></wp:category_parent><wp:cat_name><![CDATA[Desk " + c
                        + " " + word + "]]></wp:cat_name></wp:category>\n");
            }
            for (int i = 1; i <= posts; i++) {
                LocalDateTime at = start.plusMinutes(37L * i);
                String name = "story-" + i + "-" + word;
                boolean classic = i % 5 == 0;
                StringBuilder body = new StringBuilder();
                for (int p = 0; p < 14; p++) {
                    body.append(classic ? PARAGRAPH + "\nA second line.\n\n" : "<!-- wp:paragraph -->\n<p>" + PARAGRAPH + "</p>\n<!-- /wp:paragraph -->\n\n");
                    if (classic && p == 3) {
                        body.append("[caption id=\"attachment_").append(i).append("\" width=\"300\"]<img src=\"https://gazette.example.org/a")
                                .append(i).append(".jpg\" alt=\"A picture\" width=\"300\" /> The picture's caption.[/caption]\n\n");
                    }
                }
                String status = i % 50 == 0 ? "draft" : "publish";
                String type = i % 100 == 1 && i > 1 ? "page" : "post";
                w.write("<item><title><![CDATA[Story " + i + " of the bench: the council and the budget]]></title>\n"
                        + "<link>https://gazette.example.org/" + at.toLocalDate().toString().replace('-', '/') + "/" + name + "/</link>\n"
                        + "<dc:creator><![CDATA[writer" + (i % 5) + word + "]]></dc:creator>\n"
                        + "<guid isPermaLink=\"false\">https://gazette.example.org/?p=" + i + "&amp;w=" + word + "</guid>\n"
                        + "<content:encoded><![CDATA[" + body + "]]></content:encoded>\n"
                        + "<excerpt:encoded><![CDATA[What the council decided, in one line.]]></excerpt:encoded>\n"
                        + "<wp:post_id>" + i + "</wp:post_id>\n"
                        + "<wp:post_date_gmt><![CDATA[" + WP.format(at) + "]]></wp:post_date_gmt>\n"
                        + "<wp:post_modified_gmt><![CDATA[" + WP.format(i % 3 == 0 ? at.plusHours(2) : at) + "]]></wp:post_modified_gmt>\n"
                        + "<wp:post_name><![CDATA[" + name + "]]></wp:post_name>\n"
                        + "<wp:status><![CDATA[" + status + "]]></wp:status>\n"
                        + "<wp:post_type><![CDATA[" + type + "]]></wp:post_type>\n"
                        + "<category domain=\"category\" nicename=\"desk" + (i % 10) + "-" + word + "\"><![CDATA[Desk " + (i % 10)
                        + " " + word + "]]></category>\n"
                        + "<category domain=\"post_tag\" nicename=\"budget\"><![CDATA[budget]]></category>\n"
                        + "</item>\n");
                if (i % 100 == 0) {
                    w.write("<item><title><![CDATA[a" + i + ".jpg]]></title><link>https://gazette.example.org/a" + i + "/</link>"
                            + "<guid isPermaLink=\"false\">https://gazette.example.org/wp-content/uploads/a" + i + "-" + word
                            + ".jpg</guid><wp:post_id>" + (posts + i) + "</wp:post_id><wp:status><![CDATA[inherit]]></wp:status>"
                            + "<wp:post_type><![CDATA[attachment]]></wp:post_type></item>\n");
                }
            }
            w.write("</channel>\n</rss>\n");
        }
    }
}
