package org.newsdesk.cms.publish.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * Rendered public pages, shared by every instance through Payara's JCache (Hazelcast): a page
 * rendered on one node serves readers on all, and an eviction on one node reaches all.
 *
 * <p>Pages belong to <em>groups</em> (an article's path, a section front with its feeds, the home
 * page, the feeds, the sitemaps, an author's pages). Each group has a generation, part of every key
 * of its pages; evicting a group gives it a new generation, so its old pages are never read again
 * and expire on their own. This makes eviction exact and free of a race: a request that read the
 * old generation before a publish committed may still store its stale page, but under the old
 * key, which no request reads once the new generation is set (and that happens only after the
 * commit, before the publisher is told the publish succeeded).
 *
 * <p>Pages also expire {@value #MINUTES_KEPT} minutes after rendering, so changes that announce
 * no event (a section or an author renamed) reach readers within that time.
 *
 * <p>With {@code cms.cache.shared=false}, or without a JCache provider, the same scheme runs on
 * maps in this JVM, which is all a single instance needs (and is faster: no serialization, no trip
 * to the cache's thread); the start-up log says which one is in use.
 *
 * <p>Every lookup counts as a hit or a miss ({@value #HITS}, {@value #MISSES} in the application
 * metrics): a hit ratio that drops after a deploy or under load is the first sign of a cache
 * that no longer helps.
 */
@ApplicationScoped
public class PageCache {

    static final int MINUTES_KEPT = 10;
    static final String HITS = "newsdesk.page.cache.hits";
    static final String MISSES = "newsdesk.page.cache.misses";
    private static final int LOCAL_PAGES_MAXIMUM = 5_000;
    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    @Inject
    Instance<CacheManager> cacheManagers;

    /** Off for a single instance that would rather keep pages in its own memory. */
    @Inject
    @ConfigProperty(name = "cms.cache.shared", defaultValue = "true")
    boolean shared;

    @Inject
    @Metric(name = HITS, absolute = true,
            description = "Public pages answered from the page cache (a 304 after a hit included)")
    Counter hits;

    @Inject
    @Metric(name = MISSES, absolute = true,
            description = "Public pages the page cache had no current copy of, so rendered (404s are never kept)")
    Counter misses;

    /** Where every JCache call runs: see {@link JCacheStore}. */
    @Resource
    ManagedExecutorService executor;

    private Store store;

    @PostConstruct
    void connect() {
        try {
            if (shared && cacheManagers.isResolvable()) {
                CacheManager manager = cacheManagers.get();
                // made on the cache's own thread too, for the reason JCacheStore gives
                store = executor.submit(() -> new JCacheStore(
                        cache(manager, "newsdesk-pages", byte[].class, new MutableConfiguration<String, byte[]>()
                                .setTypes(String.class, byte[].class)
                                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MINUTES, MINUTES_KEPT)))),
                        cache(manager, "newsdesk-page-generations", Long.class, new MutableConfiguration<String, Long>()
                                .setTypes(String.class, Long.class)),
                        executor)).get();
                LOG.info("Public page cache: JCache (" + manager.getURI() + "), shared by the cluster");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException e) {
            LOG.log(Level.INFO, "Public page cache: no JCache available (" + e + ")", e);
        }
        store = new LocalStore();
        LOG.info("Public page cache: in this JVM only");
    }

    private static <V> Cache<String, V> cache(CacheManager manager, String name, Class<V> type,
                                               MutableConfiguration<String, V> configuration) {
        Cache<String, V> existing = manager.getCache(name, String.class, type);
        if (existing != null) {
            return existing;
        }
        try {
            return manager.createCache(name, configuration);
        } catch (javax.cache.CacheException createdMeanwhile) {
            // another instance, or another thread, created it first
            return manager.getCache(name, String.class, type);
        }
    }

    /**
     * Looks a page up under its group's current generation. On a miss, render it only after this
     * call (the generation must be read before anything the page shows) and {@link #put} it
     * under the key returned.
     *
     * @param page what identifies the page within its group: site, path and page number
     */
    public Lookup lookup(String group, String page) {
        Lookup found;
        try {
            found = store.lookup(group, page);
        } catch (IllegalStateException unavailable) {
            // a reader gets the page rendered afresh (and not kept) rather than an error
            LOG.log(Level.WARNING, "Page cache lookup failed; rendering " + page + " without the cache", unavailable);
            found = new Lookup(null, Optional.empty());
        }
        (found.page().isPresent() ? hits : misses).inc();
        return found;
    }

    /** A page found, or the key to keep it under once rendered (null: not to be kept). */
    public record Lookup(String key, Optional<RenderedPage> page) {
    }

    public void put(String key, RenderedPage page) {
        try {
            store.put(key, page.toBytes());
        } catch (IllegalStateException unavailable) {
            // the reader has the page; the next one renders it again
            LOG.log(Level.WARNING, "Page cache could not keep " + key, unavailable);
        }
    }

    /** Makes every page of these groups unreachable: the next request renders them afresh. */
    public void evict(Collection<String> groups) {
        for (String group : groups) {
            store.renew(group);
        }
    }

    private static String key(String group, long generation, String page) {
        return group + "#" + generation + "#" + page;
    }

    private interface Store {
        /** Both reads in one step: the generation, then the page under it. */
        default Lookup lookup(String group, String page) {
            String key = key(group, generation(group), page);
            return new Lookup(key, Optional.ofNullable(get(key)).map(RenderedPage::fromBytes));
        }

        long generation(String group);

        void renew(String group);

        byte[] get(String key);

        void put(String key, byte[] page);
    }

    /**
     * Payara runs each Hazelcast cache operation in the calling component's context and, when the
     * operation ends, closes the non-transactional EntityManagers that context holds; the caller's
     * own request then fails when it ends and closes them again. So the calls run, and are waited
     * for, on a managed thread of their own, whose context holds no EntityManager.
     */
    private record JCacheStore(Cache<String, byte[]> pages, Cache<String, Long> generations,
                               ManagedExecutorService executor) implements Store {

        private static final int TRIES = 3;

        @Override
        public Lookup lookup(String group, String page) {
            // one trip to the cache's thread for both reads: this is every cached page view
            return apart(() -> {
                Long generation = generations.get(group);
                String key = key(group, generation == null ? 0 : generation, page);
                return new Lookup(key, Optional.ofNullable(pages.get(key)).map(RenderedPage::fromBytes));
            });
        }

        @Override
        public long generation(String group) {
            Long generation = apart(() -> generations.get(group));
            return generation == null ? 0 : generation;
        }

        @Override
        public void renew(String group) {
            // a fresh random value, not an increment: no read-modify-write to race on across nodes
            apart(() -> {
                generations.put(group, ThreadLocalRandom.current().nextLong());
                return null;
            });
        }

        @Override
        public byte[] get(String key) {
            return apart(() -> pages.get(key));
        }

        @Override
        public void put(String key, byte[] page) {
            apart(() -> {
                pages.put(key, page);
                return null;
            });
        }

        /**
         * Runs {@code call} on the executor. Now and then Payara's clean-up after a Hazelcast
         * operation still finds an EntityManager it already closed and reports the operation as
         * failed, although it ran; every call here may run twice (reads, puts and a fresh random
         * generation), so it is tried again, up to {@value #TRIES} times in all.
         */
        private <T> T apart(Callable<T> call) {
            ExecutionException last = null;
            for (int attempt = 0; attempt < TRIES; attempt++) {
                try {
                    return executor.submit(call).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while using the page cache", e);
                } catch (ExecutionException e) {
                    last = e;
                    if (!isPayarasCleanUp(e.getCause())) {
                        break;
                    }
                }
            }
            throw new IllegalStateException("The page cache failed", last.getCause());
        }

        private static boolean isPayarasCleanUp(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("closed EntityManager")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class LocalStore implements Store {

        private final Map<String, Long> generations = new ConcurrentHashMap<>();
        private final Map<String, Entry> pages = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > LOCAL_PAGES_MAXIMUM;
            }
        });

        private record Entry(byte[] page, long expiresAt) {
        }

        @Override
        public long generation(String group) {
            return generations.getOrDefault(group, 0L);
        }

        @Override
        public void renew(String group) {
            generations.put(group, ThreadLocalRandom.current().nextLong());
        }

        @Override
        public byte[] get(String key) {
            Entry entry = pages.get(key);
            if (entry == null || System.nanoTime() - entry.expiresAt() > 0) {
                return null;
            }
            return entry.page();
        }

        @Override
        public void put(String key, byte[] page) {
            pages.put(key, new Entry(page, System.nanoTime() + TimeUnit.MINUTES.toNanos(MINUTES_KEPT)));
        }
    }
}
