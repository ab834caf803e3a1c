package org.newsdesk.cms.indexing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.persistence.DatabaseMigrations;
import org.newsdesk.cms.publishing.ArticleEvent;
import org.newsdesk.cms.search.IndexedArticle;
import org.newsdesk.cms.search.Search;
import org.newsdesk.cms.search.SearchIndexChanged;
import org.newsdesk.cms.search.SearchSource;
import org.newsdesk.cms.shared.Change;

/**
 * Keeps this instance's search index as the database has the articles.
 *
 * <ul>
 * <li>A change made on this instance (a save, a publish, a take-down, a scheduled publish) is
 * taken in as soon as it commits, before the editor's request returns.</li>
 * <li>When another instance says it changed something readers see ({@link #lookNow}, called on
 * the cluster-wide notice the page cache already gets for every publish), it looks at once: that is
 * how a story published on another instance is usually found here well within a second.</li>
 * <li>Every {@value #INTERVAL_MILLIS} ms, whatever it was told, it asks the database which articles changed since the
 * last look ({@code modified_at}, which every change sets), and takes in those whose version it
 * has not seen: that is how a change made on another instance arrives, within a second. The
 * database is the one every instance already shares and trusts; a message between instances
 * could be lost while one is away, a look at the table cannot. A look re-reads the last
 * {@value #OVERLAP_SECONDS} s, for changes that committed later than they were stamped.</li>
 * <li>On start, in the background: an index that is missing, of another language or format, or
 * holding another number of articles than the database, is made again from the database; one that
 * is merely behind catches up from its last change. Readers search what is there meanwhile.</li>
 * </ul>
 */
@ApplicationScoped
public class SearchIndexKeeper {

    static final long INTERVAL_MILLIS = 250;
    /**
     * How often the scheduled task checks whether it was asked to look ({@link #lookNow}): a check
     * of a flag, no database work, so a notice waits at most this long.
     */
    static final long TICK_MILLIS = 10;
    static final long OVERLAP_SECONDS = 10;
    private static final Duration OVERLAP = Duration.ofSeconds(OVERLAP_SECONDS);
    static final int BATCH = 500;
    /** How often what was taken in is made durable; a crash in between only means a longer catch-up. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(SearchIndexKeeper.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Search search;

    @Inject
    SearchSource source;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    Event<SearchIndexChanged> changed;

    private ScheduledFuture<?> looking;

    /** Versions taken in lately, by article id: what a look need not take in again. */
    private final Map<Long, SearchSource.Changed> seen = new ConcurrentHashMap<>();
    private final Object applying = new Object();

    private final AtomicBoolean asked = new AtomicBoolean();
    private volatile long lastLook;

    private volatile Instant mark;
    private volatile boolean started;
    private volatile boolean failing;
    private boolean dirty;
    private long lastCommit;
    private int failedWhileStarting;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        lastLook = System.nanoTime();
        looking = executor.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Another instance changed an article readers may see: look at the database now rather than at
     * the next regular look. Only sets a flag, so any thread may call it (the data grid's own).
     */
    public void lookNow() {
        asked.set(true);
    }

    private void tick() {
        if (asked.getAndSet(false) || System.nanoTime() - lastLook >= TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS)) {
            lastLook = System.nanoTime();
            look();
        }
    }

    /** A story saved, restored, published or taken down on this instance: in the index before the request returns. */
    void onStoryChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (change.subject().kind() == Change.Kind.STORY && change.subject().id() != null) {
            takeInNow(change.subject().id());
        }
    }

    void onPublication(@Observes ArticleEvent event) {
        takeInNow(event.articleId());
    }

    private void takeInNow(long articleId) {
        try {
            apply(source.articles(List.of(articleId)));
        } catch (RuntimeException e) {
            // the next look takes it in; the change itself is committed either way
            LOG.log(Level.FINE, "Search: article " + articleId + " waits for the next look", e);
        }
    }

    synchronized void look() {
        try {
            if (!migrations.isDone()) {
                return;
            }
            if (!started) {
                startUp();
                started = true;
            } else {
                catchUp();
            }
            if (dirty && System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
                search.commit(mark);
                dirty = false;
                lastCommit = System.nanoTime();
            }
            if (failing) {
                failing = false;
                LOG.info("Search: keeping the index current works again.");
            }
        } catch (Throwable e) {
            if (!started && ++failedWhileStarting < 60) {
                LOG.log(Level.FINE, "Search: not ready to look yet (the application is still starting)", e);
                return;
            }
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Search: keeping the index current failed; trying again every "
                        + INTERVAL_MILLIS + " ms, and saying so here once it works again", e);
            }
        }
    }

    private void startUp() {
        mark = search.lastChange();
        if (mark != null) {
            catchUp();
        }
        long articles = source.count();
        if (mark == null || search.size() != articles) {
            rebuild();
        } else {
            LOG.info(() -> "Search: the index holds all " + articles + " article(s), caught up to " + mark);
        }
    }

    /** Makes the index again from the database, a batch at a time (on start when needed; operators and tests may ask). */
    public synchronized void rebuild() {
        long began = System.nanoTime();
        search.clear();
        seen.clear();
        mark = null;
        long afterId = -1;
        long count = 0;
        Instant newest = null;
        while (true) {
            List<IndexedArticle> batch = source.articlesAfter(afterId, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            apply(batch, true);
            for (IndexedArticle article : batch) {
                newest = newest == null || article.modifiedAt().isAfter(newest) ? article.modifiedAt() : newest;
            }
            afterId = batch.get(batch.size() - 1).id();
            count += batch.size();
        }
        // changes made during the rebuild are newer than anything it read, or within the overlap
        mark = newest == null ? Instant.EPOCH : newest;
        search.commit(mark);
        dirty = false;
        // once, not once a batch: every search page again, now that all stories are found
        changed.fire(new SearchIndexChanged(true));
        long articles = count;
        LOG.info(() -> "Search: index made from the database, " + articles + " article(s) in "
                + Duration.ofNanos(System.nanoTime() - began).toMillis() + " ms");
    }

    private void catchUp() {
        Instant since = (mark == null ? Instant.EPOCH : mark).minus(OVERLAP);
        long afterId = -1;
        Instant newest = mark;
        while (true) {
            List<SearchSource.Changed> batch = source.changedSince(since, afterId, BATCH);
            List<Long> unseen = batch.stream()
                    .filter(c -> seen.get(c.id()) == null || seen.get(c.id()).version() < c.version())
                    .map(SearchSource.Changed::id)
                    .toList();
            if (!unseen.isEmpty()) {
                apply(source.articles(unseen));
            }
            for (SearchSource.Changed c : batch) {
                newest = newest == null || c.modifiedAt().isAfter(newest) ? c.modifiedAt() : newest;
            }
            if (batch.size() < BATCH) {
                break;
            }
            SearchSource.Changed last = batch.get(batch.size() - 1);
            since = last.modifiedAt();
            afterId = last.id();
        }
        mark = newest;
        if (mark != null) {
            Instant forget = mark.minus(OVERLAP).minus(OVERLAP);
            seen.values().removeIf(c -> c.modifiedAt().isBefore(forget));
        }
    }

    /** Takes in articles read from the database, unless the index already has a newer version of one. */
    private void apply(List<IndexedArticle> articles) {
        apply(articles, false);
    }

    /** In bulk for a rebuild: searches see the articles within a second, and nobody is told per batch. */
    private void apply(List<IndexedArticle> articles, boolean bulk) {
        boolean readersSee;
        synchronized (applying) {
            List<IndexedArticle> newer = articles.stream()
                    .filter(a -> seen.get(a.id()) == null || seen.get(a.id()).version() < a.version())
                    .toList();
            if (newer.isEmpty()) {
                return;
            }
            if (bulk) {
                search.indexInBulk(newer);
            } else {
                search.index(newer);
            }
            newer.forEach(a -> seen.put(a.id(), new SearchSource.Changed(a.id(), a.version(), a.modifiedAt())));
            readersSee = newer.stream().anyMatch(IndexedArticle::everPublished);
            dirty = true;
        }
        if (bulk) {
            return;
        }
        changed.fire(new SearchIndexChanged(readersSee));
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
        synchronized (this) {
            if (dirty && mark != null) {
                try {
                    search.commit(mark);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Search: the last changes are taken in again on the next start", e);
                }
            }
        }
    }
}
