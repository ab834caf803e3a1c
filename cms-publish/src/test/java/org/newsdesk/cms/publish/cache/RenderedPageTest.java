package org.newsdesk.cms.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RenderedPageTest {

    @Test
    void aPageSurvivesTheTripThroughTheCacheByteForByte() {
        RenderedPage page = RenderedPage.of(200, RenderedPage.HTML, "<p>Grüße</p>", Instant.parse("2021-12-15T17:49:00.123Z"));
        RenderedPage back = RenderedPage.fromBytes(page.toBytes());
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.contentType()).isEqualTo(RenderedPage.HTML);
        assertThat(back.body()).isEqualTo(page.body());
        assertThat(back.lastModified()).isEqualTo(page.lastModified());
        assertThat(back.etag()).isEqualTo(page.etag());

        RenderedPage moved = RenderedPage.fromBytes(RenderedPage.movedTo("https://news.example.com/a/").toBytes());
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.location()).isEqualTo("https://news.example.com/a/");
        assertThat(moved.lastModified()).isNull();
    }

    @Test
    void theEtagFollowsTheContent() {
        assertThat(RenderedPage.of(200, RenderedPage.HTML, "a", null).etag())
                .isEqualTo(RenderedPage.of(200, RenderedPage.HTML, "a", null).etag())
                .isNotEqualTo(RenderedPage.of(200, RenderedPage.HTML, "b", null).etag())
                .startsWith("\"").endsWith("\"");
    }

    @Test
    void aCompressedPageKeepsItsGzipThroughTheCacheWithAnETagOfItsOwn() throws Exception {
        RenderedPage page = RenderedPage.of(200, RenderedPage.HTML, "<p>The ferry leaves at nine.</p>".repeat(30), null).compressed();

        RenderedPage back = RenderedPage.fromBytes(page.toBytes());

        assertThat(back.gzip()).isEqualTo(page.gzip());
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(back.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(page.body());
        }
        assertThat(back.gzipEtag()).startsWith("\"").endsWith("-gzip\"").isNotEqualTo(back.etag());
        assertThat(RenderedPage.of(200, RenderedPage.HTML, "<p>Short.</p>", null).compressed().gzip())
                .as("too small to be worth compressing").isNull();
    }
}
