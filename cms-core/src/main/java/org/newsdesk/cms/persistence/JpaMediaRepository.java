package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.media.ImageUse;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaRepository;

@ApplicationScoped
public class JpaMediaRepository implements MediaRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<MediaImage> find(long id) {
        return Optional.ofNullable(em.find(MediaImage.class, id)).map(JpaMediaRepository::loaded);
    }

    @Override
    public Optional<MediaImage> findByOriginal(String sha256) {
        return em.createQuery("SELECT i FROM MediaImage i WHERE i.sha256 = :sha256 ORDER BY i.id", MediaImage.class)
                .setParameter("sha256", sha256).setMaxResults(1).getResultList().stream().findFirst().map(JpaMediaRepository::loaded);
    }

    /**
     * The picture with its renditions read while the transaction is open: callers use them after
     * it ended (the grid, the article page), where EclipseLink would find none to load.
     */
    private static MediaImage loaded(MediaImage image) {
        image.getRenditions();
        return image;
    }

    private static List<MediaImage> loaded(List<MediaImage> images) {
        images.forEach(JpaMediaRepository::loaded);
        return images;
    }

    @Override
    public void add(MediaImage image) {
        em.persist(image);
    }

    @Override
    public void remove(MediaImage image) {
        em.remove(image);
    }

    @Override
    public List<MediaImage> search(String words, int offset, int limit) {
        String typed = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return loaded(em.createQuery("SELECT i FROM MediaImage i ORDER BY i.uploadedAt DESC, i.id DESC", MediaImage.class)
                    .setFirstResult(offset).setMaxResults(limit).getResultList());
        }
        String pattern = LikePatterns.containing(typed);
        return loaded(em.createQuery("SELECT i FROM MediaImage i WHERE LOWER(i.altText) LIKE :p ESCAPE '\\'"
                        + " OR LOWER(i.caption) LIKE :p ESCAPE '\\' OR LOWER(i.credit) LIKE :p ESCAPE '\\'"
                        + " ORDER BY i.uploadedAt DESC, i.id DESC", MediaImage.class)
                .setParameter("p", pattern)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public List<MediaImage> usable(int limit) {
        return loaded(em.createQuery("SELECT i FROM MediaImage i WHERE i.altText IS NOT NULL AND i.status = :ready"
                        + " ORDER BY i.uploadedAt DESC, i.id DESC", MediaImage.class)
                .setParameter("ready", MediaImage.Status.READY)
                .setMaxResults(limit).getResultList());
    }

    @Override
    public List<ImageUse> usesOf(long imageId) {
        // in a body, a picture is named by a rendition's path (BodySanitizer.PICTURES): "/media/12-w640-..."
        String inBody = "%" + org.newsdesk.cms.html.BodySanitizer.PICTURES + imageId + "-%";
        List<Article> using = em.createQuery("SELECT DISTINCT a FROM Article a LEFT JOIN a.liveRevision r"
                        + " WHERE a.leadImageId = :id OR a.liveLeadImageId = :id OR a.body LIKE :inBody OR r.body LIKE :inBody"
                        + " ORDER BY a.modifiedAt DESC", Article.class)
                .setParameter("id", imageId)
                .setParameter("inBody", inBody)
                .getResultList();
        String named = org.newsdesk.cms.html.BodySanitizer.PICTURES + imageId + "-";
        return using.stream()
                .map(article -> new ImageUse(article.getId(), article.getHeadline(),
                        article.getStatus() == ArticleStatus.PUBLISHED && (article.getLiveLeadImageId().orElse(-1L) == imageId
                                || article.getLiveRevision().map(live -> live.getBody().contains(named)).orElse(false))))
                .toList();
    }

    @Override
    public java.util.Map<Long, MediaImage> liveLeadImages(java.util.Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<Object[]> leads = em.createQuery("SELECT a.id, a.liveLeadImageId FROM Article a WHERE a.id IN :ids"
                        + " AND a.status = :published AND a.liveLeadImageId IS NOT NULL", Object[].class)
                .setParameter("ids", articleIds)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
        if (leads.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, MediaImage> images = new java.util.HashMap<>();
        // the renditions in the same statement: read image by image, a list of twenty stories
        // with pictures sent twenty more (one row per rendition; the map keeps each image once)
        for (MediaImage image : em.createQuery("SELECT i FROM MediaImage i LEFT JOIN FETCH i.renditions WHERE i.id IN :ids",
                        MediaImage.class)
                .setParameter("ids", leads.stream().map(row -> (Long) row[1]).distinct().toList())
                .getResultList()) {
            images.put(image.getId(), loaded(image));
        }
        java.util.Map<Long, MediaImage> byArticle = new java.util.HashMap<>();
        for (Object[] row : leads) {
            MediaImage image = images.get((Long) row[1]);
            if (image != null) {
                byArticle.put((Long) row[0], image);
            }
        }
        return byArticle;
    }

    @Override
    public List<Long> stuckInProcessing(java.time.Instant before, int limit) {
        return em.createQuery("SELECT i.id FROM MediaImage i WHERE i.status = :processing"
                        + " AND (i.renderingSince IS NULL OR i.renderingSince < :before) ORDER BY i.uploadedAt, i.id", Long.class)
                .setParameter("processing", MediaImage.Status.PROCESSING)
                .setParameter("before", before)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claimRendering(long imageId, java.time.Instant before, java.time.Instant now) {
        return em.createQuery("UPDATE MediaImage i SET i.renderingSince = :now WHERE i.id = :id AND i.status = :processing"
                        + " AND (i.renderingSince IS NULL OR i.renderingSince < :before)")
                .setParameter("now", now)
                .setParameter("id", imageId)
                .setParameter("processing", MediaImage.Status.PROCESSING)
                .setParameter("before", before)
                .executeUpdate() == 1;
    }

    @Override
    public void renewRendering(java.util.Collection<Long> imageIds, java.time.Instant now) {
        if (imageIds.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE MediaImage i SET i.renderingSince = :now WHERE i.id IN :ids AND i.status = :processing")
                .setParameter("now", now)
                .setParameter("ids", imageIds)
                .setParameter("processing", MediaImage.Status.PROCESSING)
                .executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
