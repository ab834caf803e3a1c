package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.preview.PreviewLink;
import org.newsdesk.cms.preview.PreviewLinkRepository;

@ApplicationScoped
public class JpaPreviewLinkRepository implements PreviewLinkRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<PreviewLink> find(long id) {
        return Optional.ofNullable(em.find(PreviewLink.class, id));
    }

    @Override
    public Optional<PreviewLink> findByTokenHash(String tokenHash) {
        return em.createQuery("SELECT l FROM PreviewLink l WHERE l.tokenHash = :hash", PreviewLink.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PreviewLink> of(Article article) {
        return em.createQuery("SELECT l FROM PreviewLink l WHERE l.article = :article ORDER BY l.createdAt DESC",
                        PreviewLink.class)
                .setParameter("article", article)
                .getResultList();
    }

    @Override
    public void add(PreviewLink link) {
        em.persist(link);
    }
}
