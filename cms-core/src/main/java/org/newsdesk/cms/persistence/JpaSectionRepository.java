package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;

@ApplicationScoped
public class JpaSectionRepository implements SectionRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<Section> find(long id) {
        return Optional.ofNullable(em.find(Section.class, id));
    }

    @Override
    public Optional<Section> findBySlug(Section parent, String slug) {
        return childrenQuery(parent, " AND s.slug = :slug").setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public List<Section> children(Section parent) {
        return childrenQuery(parent, "").getResultList();
    }

    private TypedQuery<Section> childrenQuery(Section parent, String condition) {
        // "parent = NULL" matches nothing in SQL, so top-level sections need their own predicate
        String where = parent == null ? "s.parent IS NULL" : "s.parent = :parent";
        TypedQuery<Section> query = em.createQuery(
                "SELECT s FROM Section s WHERE " + where + condition + " ORDER BY s.position, s.name", Section.class);
        return parent == null ? query : query.setParameter("parent", parent);
    }

    @Override
    public List<Section> all() {
        return em.createQuery("SELECT s FROM Section s ORDER BY s.name, s.id", Section.class).getResultList();
    }

    @Override
    public void add(Section section) {
        em.persist(section);
    }
}
