package org.newsdesk.cms.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.publish.cache.RenderedPage;

/** What a reader's browser, a proxy and a CDN get for a page: the same whichever server part sends it. */
class PageReplyTest {

    private static final Instant CHANGED = Instant.parse("2026-03-05T09:07:03.250Z");
    private static final RenderedPage PAGE = RenderedPage.of(200, RenderedPage.HTML, "<p>" + "budget vote ".repeat(60) + "</p>", CHANGED)
            .compressed();

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*", "x-gzip", "GZIP", "deflate, gzip;q=0.5"})
    void readersWhoAcceptGzipGetIt(String acceptEncoding) {
        assertThat(PageReply.acceptsGzip(acceptEncoding)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "identity", "br", "deflate", "gzip;q=0", "gzip; q=0.0, identity", "gzipped"})
    void readersWhoDoNotGetThePlainPage(String acceptEncoding) {
        assertThat(PageReply.acceptsGzip(acceptEncoding)).isFalse();
    }

    @Test
    void aFirstViewGetsThePageWithItsValidatorsAndGroup() throws Exception {
        Sent sent = send(new PageReply.Asked(false, null, null, -1));

        assertThat(sent.status).isEqualTo(200);
        assertThat(sent.body).isEqualTo(PAGE.body());
        assertThat(sent.headers).containsEntry("ETag", PAGE.etag())
                .containsEntry("Last-Modified", "Thu, 05 Mar 2026 09:07:03 GMT")
                .containsEntry("Surrogate-Key", "home").containsEntry("Cache-Tag", "home")
                .containsEntry("Content-Length", String.valueOf(PAGE.body().length))
                .containsEntry("Cache-Control", PageReply.PUBLIC_CACHE_CONTROL)
                .doesNotContainKey("Content-Encoding");
    }

    @Test
    void aReaderWhoAcceptsGzipGetsTheBytesCompressedWhenThePageWasKept() throws Exception {
        Sent sent = send(new PageReply.Asked(false, "gzip, br", null, -1));

        assertThat(sent.body).isSameAs(PAGE.gzip());
        assertThat(sent.headers).containsEntry("Content-Encoding", "gzip").containsEntry("ETag", PAGE.gzipEtag())
                .containsEntry("Vary", "Accept-Encoding");
    }

    @Test
    void aBrowserHoldingThePageGetsA304WithoutIt() throws Exception {
        Sent byTag = send(new PageReply.Asked(false, null, "\"other\", W/" + PAGE.etag(), -1));
        Sent byDate = send(new PageReply.Asked(false, null, null, Instant.parse("2026-03-05T09:07:03Z").toEpochMilli()));

        assertThat(byTag.status).isEqualTo(304);
        assertThat(byTag.body).isNull();
        assertThat(byDate.status).isEqualTo(304);
    }

    @Test
    void anOlderCopyOrAnotherRepresentationIsSentAgain() throws Exception {
        Sent olderDate = send(new PageReply.Asked(false, null, null, Instant.parse("2026-03-05T09:07:02Z").toEpochMilli()));
        // the plain page's tag does not validate the gzipped one
        Sent plainTagForGzip = send(new PageReply.Asked(false, "gzip", PAGE.etag(), -1));
        // If-None-Match decides when both are there
        Sent tagDecides = send(new PageReply.Asked(false, null, "\"other\"", Instant.parse("2027-01-01T00:00:00Z").toEpochMilli()));

        assertThat(olderDate.status).isEqualTo(200);
        assertThat(plainTagForGzip.status).isEqualTo(200);
        assertThat(tagDecides.status).isEqualTo(200);
    }

    @Test
    void aHeadGetsTheHeadersOfTheGetWithoutItsBody() throws Exception {
        Sent sent = send(new PageReply.Asked(true, null, null, -1));

        assertThat(sent.status).isEqualTo(200);
        assertThat(sent.headers).containsEntry("Content-Length", String.valueOf(PAGE.body().length));
        assertThat(sent.body).isNull();
    }

    @Test
    void aMovedStoryIsAPermanentRedirectACdnMayHold() throws Exception {
        Sent sent = new Sent();
        PageReply.send(RenderedPage.movedTo("/politics/2026/03/05/budget"), Optional.of("path:/x"),
                new PageReply.Asked(false, "gzip", null, -1), sent);

        assertThat(sent.status).isEqualTo(301);
        assertThat(sent.headers).containsEntry("Location", "/politics/2026/03/05/budget")
                .containsEntry("Cache-Control", PageReply.PUBLIC_CACHE_CONTROL);
        assertThat(sent.body).isNull();
    }

    @Test
    void aGonePageIsHeldBrieflyByACdn() throws Exception {
        Sent sent = new Sent();
        PageReply.send(RenderedPage.of(410, RenderedPage.HTML, "<p>Taken down</p>", null), Optional.empty(),
                new PageReply.Asked(false, null, null, -1), sent);

        assertThat(sent.status).isEqualTo(410);
        assertThat(sent.headers).containsEntry("Cache-Control", PageReply.ERROR_CACHE_CONTROL).doesNotContainKey("Last-Modified");
        assertThat(new String(sent.body, StandardCharsets.UTF_8)).isEqualTo("<p>Taken down</p>");
    }

    private static Sent send(PageReply.Asked asked) throws Exception {
        Sent sent = new Sent();
        PageReply.send(PAGE, Optional.of("home"), asked, sent);
        return sent;
    }

    /** The reply as a server part would write it. */
    private static final class Sent implements PageReply.Reply {
        int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;

        @Override
        public void status(int status) {
            this.status = status;
        }

        @Override
        public void header(String name, String value) {
            headers.put(name, value);
        }

        @Override
        public void contentType(String type) {
            headers.put("Content-Type", type);
        }

        @Override
        public void contentLength(int length) {
            headers.put("Content-Length", String.valueOf(length));
        }

        @Override
        public void body(byte[] body) {
            this.body = body;
        }
    }
}
