package org.newsdesk.cms.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.html.BodySanitizer;

/** WordPress attachments (issue 13): what the export says of pictures, the uploads zip, and bodies read against both. */
class WordPressPicturesTest {

    private static final String SITE = "https://ledger.example.org/wp-content/uploads/";

    @TempDir
    Path folder;

    @Test
    void theReaderTakesAnAttachmentsFileAltTextAndCaptionAndAPostsFeaturedImage() throws IOException {
        Path export = folder.resolve("export.xml");
        Files.writeString(export, wxr(), StandardCharsets.UTF_8);
        List<WxrPost> items = new ArrayList<>();
        WxrReader.posts(export, items::add);

        WxrPost attachment = items.get(0);
        assertThat(attachment.postType()).isEqualTo("attachment");
        assertThat(attachment.picture().attachmentUrl()).isEqualTo(SITE + "2019/05/ferry.jpg");
        assertThat(attachment.picture().alt()).isEqualTo("The ferry at the north dock");
        assertThat(attachment.excerpt()).isEqualTo("The 6:10 leaves.");
        WxrPost post = items.get(1);
        assertThat(post.picture().thumbnailId()).isEqualTo(7);
        assertThat(post.picture().attachmentUrl()).isNull();
    }

    @Test
    void aFileIsFoundByItsPlaceUnderUploadsWhicheverFolderTheZipWasMadeFrom() throws IOException {
        Path zip = zip(Map.of("wp-content/uploads/2019/05/ferry.jpg", bytes(10), "uploads/2020/01/Dock.PNG", bytes(20),
                "2021/02/bell.gif", bytes(30), "wp-content/uploads/2019/05/", new byte[0]));
        try (WordPressUploads uploads = WordPressUploads.open(zip)) {
            assertThat(uploads.size()).isEqualTo(3);
            assertThat(uploads.read("2019/05/ferry.jpg", 100)).hasValueSatisfying(b -> assertThat(b).hasSize(10));
            assertThat(uploads.read("2020/01/dock.png", 100)).as("WordPress addresses and zip names differ in case").isPresent();
            assertThat(uploads.read("2021/02/bell.gif", 100)).isPresent();
            assertThat(uploads.read("2019/05/missing.jpg", 100)).isEmpty();
        }
        assertThat(WordPressUploads.placeOfAddress(SITE + "2019/05/ferry.jpg?ver=2")).hasValue("2019/05/ferry.jpg");
        assertThat(WordPressUploads.placeOfAddress("https://ledger.example.org/2019/05/ferry.jpg")).isEmpty();
    }

    @Test
    void namesThatClimbOutOfTheirFolderOrStartAtARootAreIgnored() throws IOException {
        Path zip = zip(Map.of("../../etc/passwd.jpg", bytes(5), "uploads/../../evil.jpg", bytes(5), "/abs/x.jpg", bytes(5),
                "C:/windows/y.jpg", bytes(5), "uploads/2019/ok.jpg", bytes(5)));
        try (WordPressUploads uploads = WordPressUploads.open(zip)) {
            assertThat(uploads.size()).isEqualTo(1);
            assertThat(uploads.read("2019/ok.jpg", 100)).isPresent();
        }
        assertThat(WordPressUploads.placeOfAddress(SITE + "../../../etc/passwd")).isEmpty();
        assertThat(WordPressUploads.placeOfAddress(SITE + "%2e%2e/secret.jpg")).isEmpty();
        assertThat(folder.getParent().resolve("evil.jpg")).doesNotExist();
    }

    @Test
    void aFileLargerThanPicturesMayBeIsRefusedWithoutBeingHeldWhole() throws IOException {
        Path zip = zip(Map.of("uploads/2019/huge.jpg", bytes(5000)));
        try (WordPressUploads uploads = WordPressUploads.open(zip)) {
            assertThatThrownBy(() -> uploads.read("2019/huge.jpg", 4999)).isInstanceOf(WordPressUploads.TooLarge.class);
            assertThat(uploads.read("2019/huge.jpg", 5000)).isPresent();
        }
    }

    @Test
    void bodyImagesOfImportedAttachmentsInAnySizeShowTheLibrarysPicture() {
        ImportPictures pictures = new ImportPictures(true, Map.of(7L, 41L), Map.of("2019/05/ferry.jpg", 41L),
                Map.of(41L, new ImportPictures.Shown("/media/41-w640-0123456789abcdef.jpg", 640, 427, "The ferry at the north dock")));
        String body = "<p>Before.</p><figure><a href=\"" + SITE + "2019/05/ferry.jpg\"><img class=\"size-medium wp-image-7\" src=\""
                + SITE + "2019/05/ferry-300x200.jpg\" alt=\"\" width=\"300\" height=\"200\" srcset=\"" + SITE
                + "2019/05/ferry-1024x683.jpg 1024w\"></a><figcaption>The 6:10 leaves.</figcaption></figure>"
                + "<p><img src=\"https://elsewhere.example/chart.png\"></p>";

        String rewritten = pictures.rewrite(body);

        assertThat(rewritten).isEqualTo("<p>Before.</p><figure><img src=\"/media/41-w640-0123456789abcdef.jpg\" alt=\"The ferry at the north dock\""
                + " width=\"640\" height=\"427\"><figcaption>The 6:10 leaves.</figcaption></figure>"
                + "<p><img src=\"https://elsewhere.example/chart.png\" alt=\"\"></p>");
        assertThat(BodySanitizer.clean(rewritten)).as("the shape the body keeps").isEqualTo(rewritten);
        assertThat(pictures.pictureAt(SITE + "2019/05/ferry-scaled.jpg")).hasValue(41L);
        assertThat(pictures.pictureAt(SITE + "2019/05/ferryboat.jpg")).isEmpty();
    }

    @Test
    void theFeaturedImageIsTheAttachmentThePostNames() {
        ImportPictures pictures = new ImportPictures(true, Map.of(7L, 41L), Map.of(), Map.of());
        WxrPost featured = post(7);
        WxrPost other = post(8);

        assertThat(pictures.leadFor(featured)).hasValue(41L);
        assertThat(pictures.leadFor(other)).isEmpty();
        assertThat(ImportPictures.NONE.leadFor(featured)).isEmpty();
    }

    @Test
    void withoutTheZipImagesKeepTheirAddressesButGainTheAltTextTheSanitizerRequires() {
        String body = "<p><img src=\"" + SITE + "2019/05/ferry.jpg\"></p>";

        String rewritten = ImportPictures.NONE.rewrite(body);

        assertThat(rewritten).isEqualTo("<p><img src=\"" + SITE + "2019/05/ferry.jpg\" alt=\"\"></p>");
        assertThat(BodySanitizer.hasPictureWithoutAlt(rewritten)).isFalse();
        assertThat(BodySanitizer.clean(rewritten)).isEqualTo(rewritten);
    }

    @Test
    void theZipIsKeptBesideTheExport() {
        assertThat(WordPressPictures.uploadsBeside(Path.of("/data/imports/1234.xml")))
                .isEqualTo(Path.of("/data/imports/1234.uploads.zip"));
    }

    private static WxrPost post(long thumbnailId) {
        return new WxrPost("A post", null, 9, "g", "a-post", "publish", "post", null, null, null, "", null, List.of(), List.of(),
                null, new WxrPost.Picture(null, null, thumbnailId));
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) 7);
        return bytes;
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path zip = Files.createTempFile(folder, "uploads", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream writer = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                writer.putNextEntry(new ZipEntry(entry.getKey()));
                writer.write(entry.getValue());
                writer.closeEntry();
            }
        }
        return zip;
    }

    private static String wxr() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                  <title>The Riverside Ledger</title>
                  <link>https://ledger.example.org</link>
                  <wp:wxr_version>1.2</wp:wxr_version>
                  <wp:base_blog_url>https://ledger.example.org</wp:base_blog_url>
                  <item>
                    <title><![CDATA[ferry]]></title>
                    <guid isPermaLink="false">https://ledger.example.org/wp-content/uploads/2019/05/ferry.jpg</guid>
                    <excerpt:encoded><![CDATA[The 6:10 leaves.]]></excerpt:encoded>
                    <wp:post_id>7</wp:post_id>
                    <wp:status><![CDATA[inherit]]></wp:status>
                    <wp:post_type><![CDATA[attachment]]></wp:post_type>
                    <wp:attachment_url><![CDATA[https://ledger.example.org/wp-content/uploads/2019/05/ferry.jpg]]></wp:attachment_url>
                    <wp:postmeta>
                      <wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key>
                      <wp:meta_value><![CDATA[2019/05/ferry.jpg]]></wp:meta_value>
                    </wp:postmeta>
                    <wp:postmeta>
                      <wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key>
                      <wp:meta_value><![CDATA[The ferry at the north dock]]></wp:meta_value>
                    </wp:postmeta>
                  </item>
                  <item>
                    <title><![CDATA[Ferry back]]></title>
                    <guid isPermaLink="false">https://ledger.example.org/?p=8</guid>
                    <content:encoded><![CDATA[<p>Sailing.</p>]]></content:encoded>
                    <wp:post_id>8</wp:post_id>
                    <wp:status><![CDATA[publish]]></wp:status>
                    <wp:post_type><![CDATA[post]]></wp:post_type>
                    <wp:postmeta>
                      <wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>
                      <wp:meta_value><![CDATA[7]]></wp:meta_value>
                    </wp:postmeta>
                  </item>
                </channel>
                </rss>
                """;
    }
}
