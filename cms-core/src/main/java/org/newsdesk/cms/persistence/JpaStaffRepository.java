package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffRepository;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<StaffMember> find(long id) {
        return Optional.ofNullable(em.find(StaffMember.class, id));
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return em.createQuery("SELECT s FROM StaffMember s WHERE s.username = :username", StaffMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM StaffMember s", Long.class).getSingleResult();
    }

    @Override
    public void add(StaffMember member) {
        em.persist(member);
    }

    @Override
    public List<StaffMember> all() {
        return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.username", StaffMember.class).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
