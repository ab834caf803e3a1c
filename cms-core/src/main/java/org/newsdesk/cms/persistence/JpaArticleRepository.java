package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.section.Section;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public void add(Article article) {
        em.persist(article);
    }

    @Override
    public void add(Revision revision) {
        em.persist(revision);
    }

    @Override
    public Optional<Revision> revision(Article article, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.article = :article AND r.number = :number", Revision.class)
                .setParameter("article", article)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Revision> revisions(Article article) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.article = :article ORDER BY r.number DESC", Revision.class)
                .setParameter("article", article)
                .getResultList();
    }

    @Override
    public boolean slugTaken(Section section, String slug, Long exceptArticleId) {
        return em.createQuery("""
                        SELECT COUNT(a) FROM Article a LEFT JOIN a.liveRevision live
                        WHERE a.id <> :except
                          AND ((a.section = :section AND a.slug = :slug)
                            OR (live.section = :section AND live.slug = :slug))""", Long.class)
                .setParameter("except", exceptArticleId == null ? -1L : exceptArticleId)
                .setParameter("section", section)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    @Override
    public List<Article> findByLiveSlug(String slug) {
        return em.createQuery("""
                        SELECT a FROM Article a JOIN FETCH a.liveRevision live
                        WHERE a.status IN :seen AND live.slug = :slug""", Article.class)
                .setParameter("seen", List.of(ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED))
                .setParameter("slug", slug)
                .getResultList();
    }

    @Override
    public List<Article> latestPublished(int limit) {
        return em.createQuery("""
                        SELECT a FROM Article a JOIN FETCH a.liveRevision
                        WHERE a.status = :published
                        ORDER BY a.firstPublishedAt DESC, a.id DESC""", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
