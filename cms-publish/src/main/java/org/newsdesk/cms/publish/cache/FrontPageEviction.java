package org.newsdesk.cms.publish.cache;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.front.FrontEvent.BannerChanged;
import org.newsdesk.cms.front.FrontEvent.FrontPublished;
import org.newsdesk.cms.front.FrontEvent;
import org.newsdesk.cms.front.FrontRepository;
import org.newsdesk.cms.publishing.ArticleEvent;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;

/**
 * Evicts what fronts and the breaking-news banner change, through {@link PageCache}'s public
 * {@link PageCache#evict} only (events arrive after the change committed):
 * <ul>
 * <li>a front published: its page (the home page, or the section front with its feeds) and the
 * public API's answers;</li>
 * <li>a story changed or taken down: besides what {@link PageCacheEviction} evicts, the fronts
 * of other sections whose live arrangement places it (a Business story placed on the Politics
 * front leaves that front at once when taken down);</li>
 * <li>the banner put up, changed or taken down: the one group {@link CacheGroups#BANNER}, whose
 * generation is part of every public page's key, so the change reaches every reader, on every
 * instance (the eviction is confirmed cluster-wide before it returns), on the next request.</li>
 * </ul>
 */
@ApplicationScoped
public class FrontPageEviction {

    private static final Logger LOG = Logger.getLogger(FrontPageEviction.class.getName());

    @Inject
    PageCache cache;

    @Inject
    FrontRepository fronts;

    @Inject
    SectionRepository sections;

    /** In a transaction of its own, as {@link PageCacheEviction}: the schedule's thread has no request. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onFrontChange(@Observes FrontEvent event) {
        Set<String> groups = new LinkedHashSet<>();
        if (event instanceof FrontPublished published) {
            groups.add(groupOf(published.sectionId()));
            // the public API's answer about the front (web api) lives there
            groups.add(CacheGroups.PUBLIC_API);
        } else if (event instanceof BannerChanged) {
            // one group whose generation every public page's key names (see PublicSite): evicting
            // it reaches every page at once, however many stories there are
            groups.add(CacheGroups.BANNER);
        }
        cache.evict(groups);
        LOG.fine(() -> "Page cache: evicted " + groups.size() + " group(s) for " + event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onStoryChange(@Observes @Priority(PageCacheEviction.READERS_FIRST) ArticleEvent event) {
        Set<String> groups = new LinkedHashSet<>();
        try {
            for (String key : fronts.frontKeysShowing(event.articleId())) {
                fronts.findByKey(key).ifPresent(front -> groups.add(groupOf(front.getSection().map(Section::getId).orElse(null))));
            }
        } catch (RuntimeException e) {
            // the pages missed expire on their own within minutes
            LOG.log(Level.WARNING, "Could not work out the fronts " + event + " is placed on", e);
        }
        if (!groups.isEmpty()) {
            cache.evict(groups);
        }
    }

    private String groupOf(Long sectionId) {
        if (sectionId == null) {
            return CacheGroups.HOME;
        }
        return sections.find(sectionId).map(section -> CacheGroups.section(section.path()))
                .orElse(CacheGroups.HOME);
    }
}
