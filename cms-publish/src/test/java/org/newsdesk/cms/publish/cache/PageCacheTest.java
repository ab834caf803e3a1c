package org.newsdesk.cms.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page cache in this JVM (cms.cache.shared=false), as the hit and miss counters report it:
 * the numbers an operator reads the cache's health from.
 */
class PageCacheTest {

    private static final String FRONT = "https://news.example.com/politics/";
    private static final RenderedPage PAGE = RenderedPage.of(200, RenderedPage.HTML, "<h1>Politics</h1>", Instant.parse("2021-12-15T17:49:00Z"));

    private final PageCache cache = new PageCache();
    private final Tally hits = new Tally();
    private final Tally misses = new Tally();
    private final Tally renders = new Tally();

    @BeforeEach
    void localCache() {
        cache.shared = false;
        cache.hits = hits;
        cache.misses = misses;
        cache.renders = renders;
        cache.connect();
    }

    @Test
    void aPageNotYetKeptIsAMissAndOnceKeptEveryLookupIsAHit() {
        PageCache.Lookup first = cache.lookup("section:/politics/", FRONT);
        assertThat(first.page()).isEmpty();
        assertThat(misses.getCount()).isEqualTo(1);
        assertThat(hits.getCount()).isZero();

        cache.put(first.key(), PAGE);
        assertThat(cache.lookup("section:/politics/", FRONT).page()).hasValueSatisfying(page ->
                assertThat(page.body()).isEqualTo(PAGE.body()));
        cache.lookup("section:/politics/", FRONT);

        assertThat(hits.getCount()).isEqualTo(2);
        assertThat(misses.getCount()).isEqualTo(1);
    }

    @Test
    void anEvictedPageIsAMissAgain() {
        cache.put(cache.lookup("section:/politics/", FRONT).key(), PAGE);

        cache.evict(List.of("section:/politics/"));

        assertThat(cache.lookup("section:/politics/", FRONT).page()).isEmpty();
        assertThat(misses.getCount()).isEqualTo(2);
        assertThat(hits.getCount()).isZero();
    }

    @Test
    void aPeekFindsOnlyACurrentKeptPageAndCountsOnlyWhatItFinds() {
        assertThat(cache.peek("section:/politics/", FRONT)).isEmpty();
        assertThat(misses.getCount()).as("the lookup after a peek counts the miss").isZero();

        cache.put(cache.lookup("section:/politics/", FRONT).key(), PAGE);
        assertThat(cache.peek("section:/politics/", FRONT)).hasValueSatisfying(page ->
                assertThat(page.body()).isEqualTo(PAGE.body()));
        assertThat(hits.getCount()).isEqualTo(1);

        cache.evict(List.of("section:/politics/"));
        assertThat(cache.peek("section:/politics/", FRONT)).as("after a publish evicted it").isEmpty();
        assertThat(cache.peek("section:/politics/", "https://news.example.com/politics/?page=2")).isEmpty();
        assertThat(hits.getCount()).isEqualTo(1);
    }

    @Test
    void readersWhoMissAPageAtOnceWaitForOneRenderOfIt() throws Exception {
        String key = cache.lookup("section:/politics/", FRONT).key();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(50);
        List<Future<RenderedPage>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(readers.submit(() -> {
                start.await();
                return cache.renderOnce(key, () -> {
                    sleep(300);
                    cache.put(key, PAGE);
                    return PAGE;
                });
            }));
        }
        start.countDown();
        for (Future<RenderedPage> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).body()).isEqualTo(PAGE.body());
        }
        readers.shutdown();

        assertThat(renders.getCount()).isEqualTo(1);
        // and a reader who missed it just before the render ended takes the kept page
        assertThat(cache.renderOnce(key, () -> {
            throw new AssertionError("rendered again");
        }).body()).isEqualTo(PAGE.body());
    }

    @Test
    void whenTheFirstRenderFailsTheWaitingReadersRenderForThemselves() {
        String key = cache.lookup("home", "https://news.example.com/").key();
        assertThatThrownBy(() -> cache.renderOnce(key, () -> {
            throw new IllegalStateException("database away");
        })).hasMessage("database away");
        assertThat(cache.renderOnce(key, () -> PAGE)).isSameAs(PAGE);
        assertThat(renders.getCount()).isEqualTo(2);
    }

    @Test
    void aKeptPageIsCompressedOnce() {
        String key = cache.lookup("section:/politics/", FRONT).key();
        RenderedPage large = RenderedPage.of(200, RenderedPage.HTML, "<p>The council met until midnight.</p>".repeat(40), null);

        cache.put(key, large);

        RenderedPage kept = cache.lookup("section:/politics/", FRONT).page().orElseThrow();
        assertThat(kept.gzip()).isNotNull();
        assertThat(cache.lookup("section:/politics/", FRONT).page().orElseThrow().gzip()).isSameAs(kept.gzip());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A counter without Payara's metrics registry. */
    private static final class Tally implements Counter {

        private final AtomicLong count = new AtomicLong();

        @Override
        public void inc() {
            count.incrementAndGet();
        }

        @Override
        public void inc(long n) {
            count.addAndGet(n);
        }

        @Override
        public long getCount() {
            return count.get();
        }
    }
}
