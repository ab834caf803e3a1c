package org.newsdesk.cms.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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

    @BeforeEach
    void localCache() {
        cache.shared = false;
        cache.hits = hits;
        cache.misses = misses;
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
