package org.newsdesk.cms.publish.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.author.AuthorRepository;
import org.newsdesk.cms.front.FrontRepository;
import org.newsdesk.cms.media.MediaEvent;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionTree;

/**
 * When a picture's alt text, caption, credit or crops change (after commit), evicts the page of
 * every live story that shows it, so that the next request on any instance renders the change;
 * and the fronts such a story may lead, where the lead shows its picture: the home page, its
 * section's fronts up the tree (it may lead from the stream there), and any front that places it.
 */
@ApplicationScoped
public class MediaEviction {

    private static final Logger LOG = Logger.getLogger(MediaEviction.class.getName());

    @Inject
    PageCache cache;

    @Inject
    ArticleRepository articles;

    @Inject
    FrontRepository fronts;

    @Inject
    PublicUrls urls;

    @Inject
    SectionRepository sections;

    @Inject
    AuthorRepository authors;

    /** In a transaction of its own: the event may come from the background rendition thread. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onChange(@Observes MediaEvent event) {
        Set<String> groups = new LinkedHashSet<>();
        for (Long articleId : event.liveArticleIds()) {
            articles.find(articleId).ifPresent(article -> {
                urls.articlePath(article).ifPresent(path -> groups.add(CacheGroups.articlePath(path)));
                groups.add(CacheGroups.HOME);
                SectionTree.withAncestors(article.getSection()).forEach(front -> groups.add(CacheGroups.section(front.path())));
            });
            for (String key : fronts.frontKeysShowing(articleId)) {
                fronts.findByKey(key).ifPresent(front -> groups.add(front.getSection()
                        .map(section -> CacheGroups.section(section.path())).orElse(CacheGroups.HOME)));
            }
        }
        if (!groups.isEmpty()) {
            // the feeds carry the picture's alt text and credit; the lists its thumbnail, which a
            // story published while its picture was being prepared gains when it is ready
            groups.add(CacheGroups.FEEDS);
            groups.add(CacheGroups.HOME);
            for (Long articleId : event.liveArticleIds()) {
                for (Long sectionId : articles.sectionIdsEverUsed(articleId)) {
                    sections.find(sectionId).ifPresent(section -> SectionTree.withAncestors(section)
                            .forEach(front -> groups.add(CacheGroups.section(front.path()))));
                }
                for (Long authorId : articles.authorIdsEverUsed(articleId)) {
                    authors.find(authorId).ifPresent(author -> groups.add(CacheGroups.author(author.getSlug())));
                }
            }
        }
        cache.evict(groups);
        LOG.fine(() -> "Page cache: evicted " + groups.size() + " group(s) for " + event + ": " + String.join(", ", groups));
    }
}
