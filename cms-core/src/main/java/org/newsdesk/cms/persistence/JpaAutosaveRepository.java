package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.autosave.Autosave;
import org.newsdesk.cms.autosave.AutosaveRepository;
import org.newsdesk.cms.staff.StaffMember;

@ApplicationScoped
public class JpaAutosaveRepository implements AutosaveRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<Autosave> find(Article article, StaffMember typedBy) {
        return em.createQuery("SELECT a FROM Autosave a WHERE a.article = :article AND a.typedBy = :typedBy", Autosave.class)
                .setParameter("article", article)
                .setParameter("typedBy", typedBy)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Autosave autosave) {
        em.persist(autosave);
    }

    @Override
    public void remove(Autosave autosave) {
        em.remove(autosave);
    }
}
