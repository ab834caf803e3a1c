package org.newsdesk.cms.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WxrReaderTest {

    static Path wxr(String name) {
        try {
            return Path.of(WxrReaderTest.class.getResource("/wxr/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFirstPassCountsItemsAndLearnsAuthorsAndCategories() {
        WxrSite site = WxrReader.check(wxr("newsroom.xml"));

        assertThat(site.title()).isEqualTo("The Riverside Ledger");
        assertThat(site.blogUrl()).isEqualTo("https://ledger.example.org");
        assertThat(site.items()).isEqualTo(6);
        assertThat(site.authors()).containsExactly(new WxrAuthor("mvance", "Mara Vance"), new WxrAuthor("tokafor", "Tunde Okafor"));
        assertThat(site.categories()).containsExactly(new WxrCategory("city", "City", null),
                new WxrCategory("council", "Council", "city"));
    }

    @Test
    void theSecondPassHandsOverEveryItemAsRead() {
        List<WxrPost> posts = new ArrayList<>();
        WxrReader.posts(wxr("newsroom.xml"), posts::add);

        assertThat(posts).extracting(WxrPost::postType).containsExactly("post", "post", "post", "page", "attachment", "post");
        WxrPost budget = posts.get(0);
        assertThat(budget.title()).isEqualTo("Council passes the river budget");
        assertThat(budget.postId()).isEqualTo(101);
        assertThat(budget.guid()).isEqualTo("https://ledger.example.org/?p=101");
        assertThat(budget.postName()).isEqualTo("council-passes-river-budget");
        assertThat(budget.status()).isEqualTo("publish");
        assertThat(budget.creator()).isEqualTo("mvance");
        assertThat(budget.publishedAt()).isEqualTo(Instant.parse("2021-12-15T17:49:00Z"));
        assertThat(budget.modifiedAt()).isEqualTo(Instant.parse("2021-12-15T19:38:00Z"));
        assertThat(budget.excerpt()).isEqualTo("Seven votes to two, after a long night.");
        assertThat(budget.categories()).extracting(WxrCategory::nicename).containsExactly("council");
        assertThat(budget.tags()).containsExactly("budget");
        assertThat(budget.content()).contains("<p>The council voted 7 to 2 on Wednesday.</p>");
        // a draft's zeros are no time
        assertThat(posts.get(2).publishedAt()).isNull();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() {
        List<WxrPost> posts = new ArrayList<>();
        assertThatThrownBy(() -> WxrReader.posts(wxr("xxe.xml"), posts::add))
                .isInstanceOf(WxrRefusedException.class)
                .hasMessageContaining("document type")
                .hasMessageNotContaining("root:");
        assertThat(posts).isEmpty();
    }

    @Test
    void aBillionLaughsFileIsRefusedAtOnce() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> WxrReader.check(wxr("billion-laughs.xml")))
                .isInstanceOf(WxrRefusedException.class)
                .hasMessageContaining("document type");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    @Test
    void aFileThatIsNotXmlIsRefusedAsSuch() {
        assertThatThrownBy(() -> WxrReader.check(wxr("not-xml.xml")))
                .isInstanceOf(WxrRefusedException.class)
                .hasMessageContaining("not XML");
    }

    @Test
    void xmlWithAnotherRootIsRefusedNamingIt() {
        assertThatThrownBy(() -> WxrReader.check(wxr("wrong-root.xml")))
                .isInstanceOf(WxrRefusedException.class)
                .hasMessageContaining("<feed>");
    }

    @Test
    void aFileCutOffIsRefusedInTheFirstPassBeforeAnyItemIsHandedOver() {
        assertThatThrownBy(() -> WxrReader.check(wxr("truncated.xml")))
                .isInstanceOf(WxrRefusedException.class)
                .hasMessageContaining("cut off");
    }

    @Test
    void wordPressGmtTimesAreUtcAndZerosAreNone() {
        assertThat(WxrReader.gmt("2021-03-14 06:30:00")).isEqualTo(Instant.parse("2021-03-14T06:30:00Z"));
        assertThat(WxrReader.gmt("0000-00-00 00:00:00")).isNull();
        assertThat(WxrReader.gmt("yesterday")).isNull();
    }

    @Test
    void aBodyLongerThanAStoryCanHoldIsRefusedInTheFirstPassNamingItsItem() {
        String huge = "<p>" + "river ".repeat(WxrReader.CONTENT_MAXIMUM / 6 + 10) + "</p>";
        byte[] export = ("""
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>A short one</title><content:encoded><![CDATA[<p>Fine.</p>]]></content:encoded></item>
                <item><title>The endless minutes</title><content:encoded><![CDATA[""" + huge + """
                ]]></content:encoded><wp:post_id>7</wp:post_id></item></channel></rss>""").getBytes(StandardCharsets.UTF_8);
        // the first pass, which runs before anything is imported
        assertThatThrownBy(() -> WxrReader.read(new ByteArrayInputStream(export), null))
                .isInstanceOf(WxrRefusedException.class)
                .hasMessageContaining("\u201cThe endless minutes\u201d (item 2)")
                .hasMessageContaining("content:encoded of more than 2,000,000 characters");
    }

    @Test
    void aPublishedPostWithZerosForItsGmtTimeIsDatedByItsLocalTimeInThePublicationZone() {
        WxrPost post = new WxrPost("Late edition", null, 9, "g", "late", "publish", "post", WxrReader.gmt("0000-00-00 00:00:00"),
                null, null, "", null, List.of(), List.of(), WxrReader.local("2021-12-15 12:49:00"));

        assertThat(post.publishedAt(ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2021-12-15T17:49:00Z"));
        // after the spring change: the zone's own offset that day
        WxrPost summer = new WxrPost("Summer", null, 10, "h", "summer", "publish", "post", null, null, null, "", null,
                List.of(), List.of(), WxrReader.local("2021-07-01 09:00:00"));
        assertThat(summer.publishedAt(ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2021-07-01T13:00:00Z"));
    }

    @Test
    void anAuthorWhoseDisplayNameIsTheirLoginIsBylinedByTheirNames() {
        assertThat(new WxrAuthor("mvance", "mvance", "Mara", "Vance").bylineName()).isEqualTo("Mara Vance");
        assertThat(new WxrAuthor("mvance", "MVance", "", "Vance").bylineName()).isEqualTo("Vance");
        assertThat(new WxrAuthor("mvance", "Mara V.", "Mara", "Vance").bylineName()).isEqualTo("Mara V.");
        // no names to use: the display name, which the byline step never shows as a login alone
        assertThat(new WxrAuthor("mvance", "mvance", null, null).bylineName()).isEqualTo("mvance");
    }
}
