package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.section.Section;

/**
 * How cached public pages travel, over HTTP from the real cms.war: gzipped once for readers who
 * accept it (with its own ETag, {@code Vary: Accept-Encoding} and the right length), each response
 * naming its cache group for a CDN ({@code Surrogate-Key}, {@code Cache-Tag}), and a popular page
 * missed by hundreds of readers at once rendered once.
 */
class PageDeliveryIT extends ContainerTest {

    private static final int READERS_AT_ONCE = 300;

    @Inject
    MetricRegistry metrics;

    @Inject
    PublicUrls urls;

    private String unique;
    private Section harbour;
    private Author ada;
    private HttpClient http;

    @BeforeEach
    void harbourDesk() {
        unique = newsroom.unique();
        harbour = newsroom.section("Harbour");
        ada = newsroom.ada();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void readersWhoAcceptGzipGetTheSamePageCompressedWithItsOwnETag() throws Exception {
        String path = urls.articlePath(newsroom.published(newsroom.story("Ferry timetable changes", harbour, ada)
                .body("<p>" + "The morning ferry leaves ten minutes earlier from Monday. ".repeat(40) + "</p>"))).orElseThrow();

        HttpResponse<byte[]> plain = get(path, null, null);
        HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> again = get(path, "Accept-Encoding", "gzip");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(plain.headers().firstValueAsLong("Content-Length")).hasValue(plain.body().length);
        String html = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Ferry timetable changes</h1>");

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
        assertThat(gzipped.body().length).as("smaller than the page").isLessThan(plain.body().length / 2);
        assertThat(gunzip(gzipped.body())).as("the same page once unzipped").isEqualTo(html);
        assertThat(again.body()).as("the bytes compressed when the page was kept, not again for each reader")
                .isEqualTo(gzipped.body());

        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).as("a representation of its own").isNotEqualTo(plainTag);
        assertThat(get(path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode()).isEqualTo(304);
        assertThat(get(path, null, null, "If-None-Match", plainTag).statusCode()).isEqualTo(304);
        assertThat(get(path, "Accept-Encoding", "gzip", "If-None-Match", plainTag).statusCode())
                .as("the plain page's ETag does not validate the gzipped one").isEqualTo(200);

        HttpResponse<byte[]> refused = get(path, "Accept-Encoding", "gzip;q=0, identity");
        assertThat(refused.headers().firstValue("Content-Encoding")).as("gzip;q=0 means no gzip").isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(URI.create(newsroom.base() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "gzip"));
        assertThat(head.headers().firstValueAsLong("Content-Length")).as("HEAD: the gzipped length")
                .hasValue(gzipped.body().length);
    }

    @Test
    void everyPublicPageNamesItsCacheGroupForACdnToPurge() {
        Article story = newsroom.published(newsroom.story("Lighthouse repainted", harbour, ada));
        String path = urls.articlePath(story).orElseThrow();
        String section = "/" + harbour.path() + "/";
        String author = "/authors/" + ada.getSlug() + "/";

        assertCacheGroup(path, "path:" + path);
        assertCacheGroup("/", "home");
        assertCacheGroup(section, "section:" + section);
        assertCacheGroup(section + "?page=1", "section:" + section);
        assertCacheGroup(section + "feed.xml", "section:" + section);
        assertCacheGroup("/feed.xml", "feeds");
        assertCacheGroup("/atom.xml", "feeds");
        assertCacheGroup(author, "author:" + ada.getSlug());
        assertCacheGroup("/sitemap.xml", "sitemaps");
        assertCacheGroup("/robots.txt", "sitemaps");
        // an address shaped like a story's, with none there yet: when one is published there, a
        // purge of that address's group must reach the 404 a CDN may hold
        String coming = path + "-follow-up";
        assertThat(get(coming, null, null).statusCode()).isEqualTo(404);
        assertCacheGroup(coming, "path:" + coming);
        // the newsroom's own pages belong to no cache group
        assertThat(get("/admin/login", null, null).headers().firstValue("Surrogate-Key")).isEmpty();
    }

    @Test
    void aPopularPageMissedByHundredsOfReadersAtOnceIsRenderedOnce() throws Exception {
        newsroom.published(newsroom.story("Tall ships arrive", harbour, ada));
        String front = "/" + harbour.path() + "/";
        assertThat(get(front, null, null).statusCode()).isEqualTo(200);
        assertThat(get(front, null, null).statusCode()).as("now cached").isEqualTo(200);
        // the next story evicts the front: every reader below misses it
        newsroom.published(newsroom.story("Tall ships leave " + unique, harbour, ada));
        long rendersBefore = renders();

        HttpRequest request = HttpRequest.newBuilder(URI.create(newsroom.base() + front)).GET().build();
        ExecutorService threads = Executors.newFixedThreadPool(32);
        HttpClient crowd = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads).connectTimeout(Duration.ofSeconds(30)).build();
        List<CompletableFuture<HttpResponse<String>>> readers = new ArrayList<>();
        try {
            for (int i = 0; i < READERS_AT_ONCE; i++) {
                readers.add(crowd.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get();
        } finally {
            threads.shutdownNow();
        }
        long rendered = renders() - rendersBefore;

        for (CompletableFuture<HttpResponse<String>> reader : readers) {
            assertThat(reader.get().statusCode()).isEqualTo(200);
            assertThat(reader.get().body()).as("every reader sees the new story").contains("Tall ships leave " + unique);
        }
        System.out.printf("%d readers missed the section front at once: %d render(s)%n", READERS_AT_ONCE, rendered);
        assertThat(rendered).as("renders of the section front for %d concurrent readers", READERS_AT_ONCE).isEqualTo(1);
    }

    @Test
    void aKeptPageIsAnsweredBeforeTheWebContainerExactlyAsTheContainerAnswersIt() throws Exception {
        Article story = newsroom.published(newsroom.story("Harbour dredging starts", harbour, ada)
                .body("<p>" + "Dredgers work the channel through the night. ".repeat(30) + "</p>"));
        String path = urls.articlePath(story).orElseThrow();

        HttpResponse<byte[]> rendered = get(path, "Accept-Encoding", "gzip");
        long before = doorAnswers();
        HttpResponse<byte[]> kept = get(path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> keptPlain = get(path, null, null);
        String tag = kept.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> revalidated = get(path, "Accept-Encoding", "gzip", "If-None-Match", tag);
        long answered = doorAnswers() - before;

        assertThat(answered).as("views of a kept page answered by the front door").isEqualTo(3);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).as("the bytes kept when the page was rendered").isEqualTo(rendered.body());
        assertThat(headersOf(kept)).as("the headers the web container sent for the same page")
                .isEqualTo(headersOf(rendered));
        assertThat(keptPlain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(kept.body())).isEqualTo(new String(keptPlain.body(), StandardCharsets.UTF_8));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("Content-Security-Policy")).as("security headers on a 304 too").isPresent();

        // what the door leaves to the container: a query, another method, a path it must not normalise
        before = doorAnswers();
        assertThat(get(path + "?utm_source=newsletter", null, null).statusCode()).isEqualTo(200);
        assertThat(get(path.replace("/", "//"), null, null).statusCode()).isIn(200, 301, 404);
        HttpResponse<byte[]> options = send(HttpRequest.newBuilder(URI.create(newsroom.base() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.headers().firstValue("Surrogate-Key")).as("OPTIONS is not a view of the page").isEmpty();
        assertThat(doorAnswers() - before).as("requests the door left to the container").isZero();

        // a correction evicts the page: the very next view is the corrected one, rendered by the container
        Article saved = newsroom.save(story, Story.of(story).body("<p>Dredgers work the channel by day only.</p>"));
        newsroom.publishUpdate(saved, "Corrects the working hours.");
        before = doorAnswers();
        HttpResponse<byte[]> corrected = get(path, null, null);
        assertThat(new String(corrected.body(), StandardCharsets.UTF_8)).contains("by day only");
        assertThat(doorAnswers() - before).as("the first view after a correction is not the door's").isZero();
        // and the door answers it again once it is kept (a page that shows an expiring banner this
        // instance had not seen yet is rendered once more before it is kept: see BannerWatch)
        for (int view = 0; view < 3 && doorAnswers() == before; view++) {
            assertThat(new String(get(path, null, null).body(), StandardCharsets.UTF_8)).contains("by day only");
        }
        assertThat(doorAnswers() - before).as("the corrected page, once kept, answered by the door").isEqualTo(1);
    }

    /** Every header but the ones that differ from one response to the next, by name. */
    private static java.util.Map<String, List<String>> headersOf(HttpResponse<?> response) {
        java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private long doorAnswers() {
        return metrics.counter(new MetricID("newsdesk.front.door.answers")).getCount();
    }

    private long renders() {
        return metrics.counter(new MetricID("newsdesk.page.renders")).getCount();
    }

    private void assertCacheGroup(String path, String group) {
        HttpResponse<byte[]> response = get(path, null, null);
        assertThat(response.statusCode()).as(path).isIn(200, 404);
        assertThat(response.headers().firstValue("Surrogate-Key")).as("Surrogate-Key of " + path).hasValue(group);
        assertThat(response.headers().firstValue("Cache-Tag")).as("Cache-Tag of " + path).hasValue(group);
    }

    /** A GET with up to two headers (name, value, name, value; a null name for none). */
    private HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(newsroom.base() + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
