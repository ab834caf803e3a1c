package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.front.Banner;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontRepository;
import org.newsdesk.cms.front.FrontRevision;

@ApplicationScoped
public class JpaFrontRepository implements FrontRepository {

    /** The same projection the public lists read (see JpaArticleRepository): live headline, never a body. */
    private static final String LISTING = """
            SELECT NEW org.newsdesk.cms.article.StoryListing(a.id, live.headline, live.dek, live.slug, live.section.id,
                   a.firstPublishedAt, a.displayedUpdatedAt, a.modifiedAt)
            FROM Article a JOIN a.liveRevision live
            """;

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<Front> find(long id) {
        return Optional.ofNullable(em.find(Front.class, id));
    }

    @Override
    public Optional<Front> findByKey(String key) {
        return em.createQuery("SELECT f FROM Front f WHERE f.key = :key", Front.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Front> findForUpdateNoWait(long id) {
        // a lock timeout of 0 is "NOWAIT" (FOR UPDATE NOWAIT on PostgreSQL), as for due stories
        return Optional.ofNullable(em.find(Front.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", 0)));
    }

    @Override
    public void add(Front front) {
        em.persist(front);
    }

    @Override
    public void add(FrontRevision revision) {
        em.persist(revision);
    }

    @Override
    public Optional<FrontRevision> revision(Front front, int number) {
        return em.createQuery("SELECT r FROM FrontRevision r WHERE r.front = :front AND r.number = :number",
                        FrontRevision.class)
                .setParameter("front", front)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<FrontRevision> revisions(Front front) {
        return em.createQuery("SELECT r FROM FrontRevision r WHERE r.front = :front ORDER BY r.number DESC",
                        FrontRevision.class)
                .setParameter("front", front)
                .getResultList();
    }

    @Override
    public Map<Long, StoryListing> liveStories(Collection<Long> articleIds) {
        Map<Long, StoryListing> live = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return live;
        }
        em.createQuery(LISTING + "WHERE a.status = :published AND a.id IN :ids", StoryListing.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("ids", articleIds)
                .getResultList()
                .forEach(story -> live.put(story.articleId(), story));
        return live;
    }

    @Override
    public List<StoryListing> searchLive(String text, int limit) {
        return em.createQuery(LISTING + "WHERE a.status = :published AND LOWER(live.headline) LIKE :words ESCAPE '\\'"
                        + " ORDER BY a.firstPublishedAt DESC, a.id DESC", StoryListing.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("words", LikePatterns.containing(text.toLowerCase(Locale.ROOT)))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> dueFrontIds(Instant now, int limit) {
        return em.createQuery("SELECT f.id FROM Front f WHERE f.scheduledAt <= :now ORDER BY f.scheduledAt, f.id", Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<String> frontKeysShowing(long articleId) {
        return em.createQuery("""
                        SELECT DISTINCT f.key FROM Front f, FrontRevision r JOIN r.slots s
                        WHERE r.front = f AND r.number = f.liveRevisionNumber AND s.articleId = :id""", String.class)
                .setParameter("id", articleId)
                .getResultList();
    }

    @Override
    public Optional<Banner> banner() {
        return em.createQuery("SELECT b FROM Banner b", Banner.class).getResultStream().findFirst();
    }

    @Override
    public void add(Banner banner) {
        em.persist(banner);
    }

    @Override
    public void remove(Banner banner) {
        em.remove(banner);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
