package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.staff.ThrottleRecord;
import org.newsdesk.cms.staff.ThrottleRecords;

@ApplicationScoped
public class JpaThrottleRecords implements ThrottleRecords {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<ThrottleRecord> findForUpdate(String key) {
        // counting takes milliseconds: a lock held for longer is a stuck transaction, not a sign-in
        return Optional.ofNullable(em.find(ThrottleRecord.class, key, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", 5_000)));
    }

    @Override
    public void add(ThrottleRecord record) {
        em.persist(record);
    }

    @Override
    public void remove(ThrottleRecord record) {
        em.remove(record);
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        em.createQuery("DELETE FROM ThrottleRecord r WHERE r.lastFailureAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
