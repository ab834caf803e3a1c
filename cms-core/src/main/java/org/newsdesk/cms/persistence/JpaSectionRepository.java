package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontRevision;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionUsage;

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
        // each one's parent in the same statement: a public page reads the tree outside a
        // transaction, where a lazy parent was one more statement per section
        return em.createQuery("SELECT s FROM Section s LEFT JOIN FETCH s.parent ORDER BY s.position, s.name, s.id", Section.class)
                .getResultList();
    }

    @Override
    public void add(Section section) {
        em.persist(section);
    }

    @Override
    public void remove(Section section) {
        // the section's front goes with it: its arrangement and revisions mean nothing without
        // the section (and hold it by a foreign key); the stories placed there stay where they are
        for (Front front : em.createQuery("SELECT f FROM Front f WHERE f.section = :section", Front.class)
                .setParameter("section", section).getResultList()) {
            em.createQuery("SELECT r FROM FrontRevision r WHERE r.front = :front", FrontRevision.class)
                    .setParameter("front", front).getResultList().forEach(em::remove);
            em.remove(front);
        }
        em.remove(section);
    }

    @Override
    public SectionUsage usage(Section section) {
        long stories = em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.section = :section", Long.class)
                .setParameter("section", section)
                .getSingleResult();
        // an article's draft is also its latest revision, so these are the stories filed elsewhere now
        long earlier = em.createQuery("""
                        SELECT COUNT(DISTINCT r.article) FROM Revision r
                        WHERE r.section = :section AND r.article.section <> :section""", Long.class)
                .setParameter("section", section)
                .getSingleResult();
        long subsections = em.createQuery("SELECT COUNT(s) FROM Section s WHERE s.parent = :section", Long.class)
                .setParameter("section", section)
                .getSingleResult();
        return new SectionUsage(stories, earlier, subsections);
    }

    @Override
    public Map<Long, Long> storyCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.section.id, COUNT(a) FROM Article a GROUP BY a.section.id",
                Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
