package org.newsdesk.cms.publish.cache;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.author.AuthorRepository;
import org.newsdesk.cms.importing.ArchiveImported;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUnpublished;
import org.newsdesk.cms.publishing.ArticleEvent;
import org.newsdesk.cms.search.SearchIndexChanged;
import org.newsdesk.cms.section.SectionDeleted;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionTree;

/**
 * When a story is published, updated or taken down (events arrive after the change committed):
 * records its address for redirects, then evicts exactly the pages it touches. Those are its
 * addresses, old and new; the fronts of every section it has been in, up the tree, with their
 * feeds; the home page; the site feeds; the sitemaps; and the pages of every author it has had.
 * A section deleted: its front.
 * The work runs before the publisher's request returns, so the next request for any of those
 * pages renders the change.
 *
 * <p>Each eviction is logged at FINE: the event (which story, what happened, when) and every group
 * it evicted, to answer "why did readers not see my correction" without a debugger.
 */
@ApplicationScoped
public class PageCacheEviction {

    /**
     * The order of this and {@link FrontPageEviction} among the observers of a published, updated
     * or withdrawn story: before the search index and the webhooks (the default order), so readers
     * who see the story's own page, which is not cached before it is out, find the home page and
     * fronts fresh too, instead of waiting for the webhooks' deliveries to be written first.
     */
    static final int READERS_FIRST = Interceptor.Priority.APPLICATION;

    private static final Logger LOG = Logger.getLogger(PageCacheEviction.class.getName());

    @Inject
    PageCache cache;

    @Inject
    ArticleRepository articles;

    @Inject
    SectionRepository sections;

    @Inject
    AuthorRepository authors;

    @Inject
    PublicUrls urls;

    @Inject
    ArticlePathRecorder paths;

    /**
     * In a transaction of its own: the event may come on a thread with no request (the schedule
     * poller's), where Payara closes a non-transactional EntityManager under the reads' feet.
     * Before the other observers of a change ({@link #READERS_FIRST}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onChange(@Observes @Priority(READERS_FIRST) ArticleEvent event) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(CacheGroups.HOME);
        groups.add(CacheGroups.FEEDS);
        groups.add(CacheGroups.SITEMAPS);
        groups.add(CacheGroups.SEARCH);
        groups.add(CacheGroups.PUBLIC_API);
        try {
            Article article = articles.find(event.articleId()).orElse(null);
            if (article != null && !(event instanceof ArticleUnpublished)) {
                urls.articlePath(article).ifPresent(path -> {
                    paths.record(article.getId(), path, event.at());
                    groups.add(CacheGroups.articlePath(path));
                });
            }
            articles.pathsOf(event.articleId()).forEach(path -> groups.add(CacheGroups.articlePath(path)));
            for (Long sectionId : articles.sectionIdsEverUsed(event.articleId())) {
                sections.find(sectionId).ifPresent(section -> SectionTree.withAncestors(section)
                        .forEach(front -> groups.add(CacheGroups.section(front.path()))));
            }
            for (Long authorId : articles.authorIdsEverUsed(event.articleId())) {
                authors.find(authorId).ifPresent(author -> groups.add(CacheGroups.author(author.getSlug())));
            }
        } catch (RuntimeException e) {
            // evict what is known; the pages missed expire on their own within minutes
            LOG.log(Level.WARNING, "Could not work out every page " + event + " touches", e);
        }
        cache.evict(groups);
        LOG.fine(() -> "Page cache: evicted " + groups.size() + " group(s) for " + event + ": " + String.join(", ", groups));
    }

    /**
     * Search pages again once this instance's index has taken a change in. A story published on
     * another instance reaches this index up to a second later than the eviction above, and a
     * search page made in between (with the old index) must not stay.
     */
    void onSearchIndexChanged(@Observes SearchIndexChanged change) {
        if (change.readersSee()) {
            cache.evict(List.of(CacheGroups.SEARCH));
        }
    }

    /**
     * A deleted section's front (and its feeds) answer 404 from the next request on, not the page
     * kept before the deletion. Only once the deletion committed: one rolled back keeps its front.
     */
    void onSectionDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SectionDeleted deleted) {
        String group = CacheGroups.section(deleted.path());
        cache.evict(List.of(group));
        LOG.fine(() -> "Page cache: evicted " + group + " for " + deleted);
    }

    /**
     * A batch of a WordPress import committed: the same work as for one story, for every story of
     * the batch, then one eviction of all the groups together (the home page, feeds and sitemaps
     * once, not once per story).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onImport(@Observes ArchiveImported batch) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(CacheGroups.HOME);
        groups.add(CacheGroups.FEEDS);
        groups.add(CacheGroups.SITEMAPS);
        groups.add(CacheGroups.SEARCH);
        groups.add(CacheGroups.PUBLIC_API);
        try {
            java.util.Map<Long, String> current = new java.util.LinkedHashMap<>();
            for (Long articleId : batch.articleIds()) {
                articles.find(articleId).flatMap(urls::articlePath).ifPresent(path -> {
                    current.put(articleId, path);
                    groups.add(CacheGroups.articlePath(path));
                });
            }
            recordPaths(current, batch.at());
            // the batch's paths, sections and authors in one query each, not three per story
            articles.pathsOf(batch.articleIds()).forEach(path -> groups.add(CacheGroups.articlePath(path)));
            Set<Long> sectionIds = new LinkedHashSet<>(articles.sectionIdsEverUsed(batch.articleIds()));
            Set<Long> authorIds = new LinkedHashSet<>(articles.authorIdsEverUsed(batch.articleIds()));
            for (Long sectionId : sectionIds) {
                sections.find(sectionId).ifPresent(section -> SectionTree.withAncestors(section)
                        .forEach(front -> groups.add(CacheGroups.section(front.path()))));
            }
            for (Long authorId : authorIds) {
                authors.find(authorId).ifPresent(author -> groups.add(CacheGroups.author(author.getSlug())));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not work out every page an import batch touches", e);
        }
        cache.evict(groups);
        LOG.fine(() -> "Page cache: evicted " + groups.size() + " group(s) for an import batch of "
                + batch.articleIds().size() + " stor(ies)");
    }

    /** The batch's addresses in one transaction; should that fail, each in its own, so that one bad row costs only itself. */
    private void recordPaths(java.util.Map<Long, String> current, java.time.Instant at) {
        try {
            paths.recordAll(current, at);
        } catch (RuntimeException wholeBatch) {
            current.forEach((articleId, path) -> {
                try {
                    paths.record(articleId, path, at);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not remember that story " + articleId + " is at " + path, e);
                }
            });
        }
    }
}
