package org.newsdesk.cms.publish.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.indexing.SearchIndexKeeper;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * Rendered public pages. Every instance keeps the pages it serves in its own memory (a near cache:
 * a hit is one lookup in this JVM, no trip anywhere), and, when instances are clustered, shares
 * them through Payara's JCache (Hazelcast): a page rendered on one node fills the others' near
 * caches on their first request for it. An instance alone in the data grid skips that trip.
 *
 * <p>Pages belong to <em>groups</em> (an article's path, a section front with its feeds, the home
 * page, the feeds, the sitemaps, an author's pages). Each group has a generation, part of every key
 * of its pages; evicting a group gives it a new generation, so its old pages are never read again
 * and expire on their own. This makes eviction exact and free of a race: a request that read the
 * old generation before a publish committed may still store its stale page, but under the old
 * key, which no request reads once the new generation is set (and that happens only after the
 * commit, before the publisher is told the publish succeeded).
 *
 * <p>In a cluster the generations live in JCache (for instances that start later) and in each
 * instance's memory (read there on every hit). An eviction increases the group's generation in
 * JCache, then announces it to every instance on a data grid topic and waits until each instance
 * running Newsdesk has confirmed that it holds the new generation ({@link GridGenerations}); only
 * then does {@link #evict} return, so the very next request on any instance is fresh. Generations
 * only grow, so two publishes racing on different instances leave every instance on the later one.
 *
 * <p>Concurrent misses for the same page wait for one render ({@link #renderOnce}): a popular page
 * evicted under hundreds of readers is rendered once, not hundreds of times.
 *
 * <p>Pages also expire {@value #MINUTES_KEPT} minutes after rendering, so changes that announce
 * no event (a section or an author renamed) reach readers within that time.
 *
 * <p>With {@code cms.cache.shared=false}, or without a data grid, the same scheme runs in this JVM
 * alone, which is all a single instance needs; the start-up log says which one is in use.
 *
 * <p>Every lookup counts as a hit or a miss ({@value #HITS}, {@value #MISSES} in the application
 * metrics), every render as a render ({@value #RENDERS}): a hit ratio that drops after a deploy or
 * under load is the first sign of a cache that no longer helps.
 */
@ApplicationScoped
public class PageCache {

    static final int MINUTES_KEPT = 10;
    static final String HITS = "newsdesk.page.cache.hits";
    static final String MISSES = "newsdesk.page.cache.misses";
    static final String RENDERS = "newsdesk.page.renders";
    /** The near cache's bound, in bytes of pages (plain and gzipped). */
    private static final long NEAR_BYTES_MAXIMUM = 64L * 1024 * 1024;
    /** How long a reader waits for another reader's render of the same page before rendering it too. */
    private static final long RENDER_WAIT_SECONDS = 30;
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

    @Inject
    @Metric(name = RENDERS, absolute = true,
            description = "Public pages rendered: concurrent misses of one page wait for a single render")
    Counter renders;

    /** Told when another instance changed what readers search, so this instance's index looks at once. */
    @Inject
    Instance<SearchIndexKeeper> searchIndex;

    /** Where every JCache call runs: see {@link JCacheStore}. */
    @Resource
    ManagedExecutorService executor;

    /** The pages this instance serves, by key (group, generation, page). */
    private final com.github.benmanes.caffeine.cache.Cache<String, RenderedPage> near = Caffeine.newBuilder()
            .maximumWeight(NEAR_BYTES_MAXIMUM)
            .weigher((String key, RenderedPage page) -> page.weight())
            .expireAfterWrite(MINUTES_KEPT, TimeUnit.MINUTES)
            .build();

    /** This instance's copy of the groups' generations: read on every lookup. */
    private final ConcurrentHashMap<String, Long> generations = new ConcurrentHashMap<>();

    /** Renders under way, by key: later misses of the same page wait for them. */
    private final ConcurrentHashMap<String, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();

    /** The cluster's part, null on a single instance. */
    private volatile Shared grid;

    @PostConstruct
    void connect() {
        try {
            if (shared && cacheManagers.isResolvable()) {
                CacheManager manager = cacheManagers.get();
                HazelcastInstance hazelcast = InitialContext.doLookup(GridGenerations.JNDI_NAME);
                // made on the cache's own thread too, for the reason Shared gives
                Shared made = executor.submit(() -> new Shared(
                        cache(manager, "newsdesk-pages-2", byte[].class, new MutableConfiguration<String, byte[]>()
                                .setTypes(String.class, byte[].class)
                                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MINUTES, MINUTES_KEPT)))),
                        cache(manager, "newsdesk-page-generations-2", Long.class, new MutableConfiguration<String, Long>()
                                .setTypes(String.class, Long.class)),
                        executor)).get();
                made.announcer = executor.submit(() -> new GridGenerations(hazelcast, this::adoptFromGrid, executor)).get();
                grid = made;
                LOG.info("Public page cache: in each instance's memory, shared and evicted cluster-wide through Payara's data grid ("
                        + manager.getURI() + ")");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException | NamingException e) {
            LOG.log(Level.INFO, "Public page cache: no data grid available (" + e + ")", e);
        }
        LOG.info("Public page cache: in this JVM only");
    }

    @PreDestroy
    void disconnect() {
        Shared leaving = grid;
        if (leaving != null && leaving.announcer != null) {
            leaving.announcer.leave();
        }
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
            String key = key(group, generation(group), page);
            RenderedPage kept = near.getIfPresent(key);
            Shared cluster = grid;
            // alone in the grid (a single instance), no other instance can have kept the page: a trip
            // to JCache would cost a hand-off to the executor and find nothing
            if (kept == null && cluster != null && !cluster.alone()) {
                byte[] stored = cluster.page(key);
                if (stored != null) {
                    kept = RenderedPage.fromBytes(stored);
                    near.put(key, kept);
                }
            }
            found = new Lookup(key, Optional.ofNullable(kept));
        } catch (IllegalStateException unavailable) {
            // a reader gets the page rendered afresh (and not kept) rather than an error
            LOG.log(Level.WARNING, "Page cache lookup failed; rendering " + page + " without the cache", unavailable);
            found = new Lookup(null, Optional.empty());
        }
        (found.page().isPresent() ? hits : misses).inc();
        return found;
    }

    /**
     * A page this instance holds in its own memory under its group's current generation, or empty:
     * nothing else is asked, no grid, no executor, no waiting (for a door in front of the web
     * container, where a miss simply goes on to {@link #lookup}). A page found counts as a hit;
     * nothing found counts as nothing, since the lookup that follows counts it.
     *
     * @param page as for {@link #lookup}, the banner group's generation included (see {@link #knownGeneration})
     */
    public Optional<RenderedPage> peek(String group, String page) {
        long generation = knownGeneration(group);
        if (generation < 0) {
            return Optional.empty();
        }
        RenderedPage kept = near.getIfPresent(key(group, generation, page));
        if (kept == null) {
            return Optional.empty();
        }
        hits.inc();
        return Optional.of(kept);
    }

    /**
     * The generation of {@code group} if this instance knows it without asking the grid, else -1
     * (a group nobody on this instance has asked for yet, in a cluster).
     */
    public long knownGeneration(String group) {
        Long known = generations.get(group);
        if (known != null) {
            return known;
        }
        return grid == null ? 0 : -1;
    }

    /** A page found, or the key to keep it under once rendered (null: not to be kept). */
    public record Lookup(String key, Optional<RenderedPage> page) {
    }

    /** Keeps a page, compressed (once, here) if it is not yet, for every reader after this one. */
    public void put(String key, RenderedPage page) {
        if (key == null) {
            return;
        }
        RenderedPage kept = page.compressed();
        near.put(key, kept);
        Shared cluster = grid;
        if (cluster != null && !cluster.alone()) {
            try {
                cluster.put(key, kept.toBytes());
            } catch (IllegalStateException unavailable) {
                // this instance has the page; the others render it themselves
                LOG.log(Level.WARNING, "Page cache could not share " + key, unavailable);
            }
        }
    }

    /**
     * Renders a page missed under {@code key} once, however many readers miss it at the same time:
     * the first renders ({@code render} is expected to {@link #put} what is worth keeping), the
     * others wait for that render and get the same page. Should the first reader's render fail,
     * each waiting reader renders for itself (and gets that failure, if it is lasting).
     *
     * @param key the key a {@link #lookup} gave; null renders without waiting for anyone
     */
    public RenderedPage renderOnce(String key, Supplier<RenderedPage> render) {
        if (key == null) {
            return counted(render);
        }
        CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
        CompletableFuture<RenderedPage> running = rendering.putIfAbsent(key, mine);
        if (running == null) {
            try {
                // a render that ended between this reader's lookup and now kept its page before
                // it stopped taking waiters: use that page rather than render it once more
                RenderedPage page = near.getIfPresent(key);
                if (page == null) {
                    page = counted(render);
                }
                mine.complete(page);
                return page;
            } catch (RuntimeException | Error failed) {
                mine.completeExceptionally(failed);
                throw failed;
            } finally {
                rendering.remove(key, mine);
            }
        }
        try {
            return running.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a page to be rendered", e);
        } catch (ExecutionException | TimeoutException firstFailedOrSlow) {
            return counted(render);
        }
    }

    private RenderedPage counted(Supplier<RenderedPage> render) {
        renders.inc();
        return render.get();
    }

    /**
     * Makes every page of these groups unreachable: the next request renders them afresh, on
     * every instance (in a cluster, this returns once every instance has confirmed).
     */
    public void evict(Collection<String> groups) {
        if (groups.isEmpty()) {
            return;
        }
        Shared cluster = grid;
        if (cluster == null) {
            for (String group : groups) {
                generations.merge(group, 1L, Long::sum);
            }
            return;
        }
        Map<String, Long> renewed = cluster.renew(groups);
        adopt(renewed);
        cluster.announcer.announce(renewed);
    }

    /**
     * Generations announced on the grid. Search pages renewed means a story readers see changed
     * (a publish, an update, a take-down, an import), possibly on another instance: this instance's
     * search index looks at the database now instead of at its next regular look, so the story is
     * found here within a fraction of a second. (The announcing instance looks too, finding
     * nothing new; a look costs one small query.)
     */
    private void adoptFromGrid(Map<String, Long> renewed) {
        adopt(renewed);
        if (renewed.containsKey(CacheGroups.SEARCH) && searchIndex != null && searchIndex.isResolvable()) {
            searchIndex.get().lookNow();
        }
    }

    /** Takes generations another instance (or this one) set: never back to an older one. */
    private void adopt(Map<String, Long> renewed) {
        renewed.forEach((group, generation) -> generations.merge(group, generation, Math::max));
    }

    /**
     * The current generation of {@code group}: a lookup in this instance's memory once known. A
     * page that depends on a group besides its own (every page shows the breaking-news banner,
     * {@link CacheGroups#BANNER}) names that group's generation in its key, so evicting that one
     * group reaches all of them.
     */
    public long generation(String group) {
        Long known = generations.get(group);
        if (known != null) {
            return known;
        }
        Shared cluster = grid;
        if (cluster == null) {
            return 0;
        }
        // once per group and instance: later changes arrive through adopt(), which waits for this
        // read (the map locks the entry) and keeps whichever generation is newer
        return generations.computeIfAbsent(group, cluster::generation);
    }

    private static String key(String group, long generation, String page) {
        return group + "#" + generation + "#" + page;
    }

    /**
     * The JCache part. Payara runs each Hazelcast cache operation in the calling component's
     * context and, when the operation ends, closes the non-transactional EntityManagers that
     * context holds; the caller's own request then fails when it ends and closes them again. So
     * the calls run, and are waited for, on a managed thread of their own, whose context holds no
     * EntityManager. That hand-off is why readers never come here on a hit.
     */
    private static final class Shared {

        private static final int TRIES = 3;
        private final Cache<String, byte[]> pages;
        private final Cache<String, Long> generations;
        private final ManagedExecutorService executor;
        volatile GridGenerations announcer;

        Shared(Cache<String, byte[]> pages, Cache<String, Long> generations, ManagedExecutorService executor) {
            this.pages = pages;
            this.generations = generations;
            this.executor = executor;
        }

        /** See {@link GridGenerations#alone}; true until the announcer is there. */
        boolean alone() {
            GridGenerations members = announcer;
            return members == null || members.alone();
        }

        long generation(String group) {
            Long generation = apart(() -> generations.get(group));
            return generation == null ? 0 : generation;
        }

        /** One step up for each group, compare-and-set: no increment is lost to another instance's. */
        Map<String, Long> renew(Collection<String> groups) {
            return apart(() -> {
                Map<String, Long> renewed = new LinkedHashMap<>();
                for (String group : groups) {
                    while (true) {
                        Long current = generations.get(group);
                        long next = current == null ? 1 : current + 1;
                        if (current == null ? generations.putIfAbsent(group, next) : generations.replace(group, current, next)) {
                            renewed.put(group, next);
                            break;
                        }
                    }
                }
                return renewed;
            });
        }

        byte[] page(String key) {
            return apart(() -> pages.get(key));
        }

        void put(String key, byte[] page) {
            apart(() -> {
                pages.put(key, page);
                return null;
            });
        }

        /**
         * Runs {@code call} on the executor. Now and then Payara's clean-up after a Hazelcast
         * operation still finds an EntityManager it already closed and reports the operation as
         * failed, although it ran; every call here may run twice (reads, puts and compare-and-set
         * steps), so it is tried again, up to {@value #TRIES} times in all.
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
}
