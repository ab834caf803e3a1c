package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.staff.RecoveryCode;
import org.newsdesk.cms.staff.SignInPolicy;
import org.newsdesk.cms.staff.TwoFactor;
import org.newsdesk.cms.staff.TwoFactorRepository;

@ApplicationScoped
public class JpaTwoFactorRepository implements TwoFactorRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<TwoFactor> find(long staffId) {
        return Optional.ofNullable(em.find(TwoFactor.class, staffId));
    }

    @Override
    public void add(TwoFactor twoFactor) {
        em.persist(twoFactor);
    }

    @Override
    public void remove(long staffId) {
        em.createQuery("DELETE FROM TwoFactor t WHERE t.staffId = :staff").setParameter("staff", staffId).executeUpdate();
    }

    @Override
    public boolean claimStep(long staffId, long step) {
        return em.createQuery("UPDATE TwoFactor t SET t.lastUsedStep = :step, t.version = t.version + 1"
                        + " WHERE t.staffId = :staff AND t.confirmedAt IS NOT NULL"
                        + " AND (t.lastUsedStep IS NULL OR t.lastUsedStep < :step)")
                .setParameter("step", step)
                .setParameter("staff", staffId)
                .executeUpdate() == 1;
    }

    @Override
    public void addRecoveryCodes(List<RecoveryCode> codes) {
        codes.forEach(em::persist);
    }

    @Override
    public void removeRecoveryCodes(long staffId) {
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.staffId = :staff").setParameter("staff", staffId).executeUpdate();
    }

    @Override
    public boolean claimRecoveryCode(long staffId, String codeHash, Instant now) {
        return em.createQuery("UPDATE RecoveryCode c SET c.usedAt = :now"
                        + " WHERE c.staffId = :staff AND c.codeHash = :hash AND c.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("staff", staffId)
                .setParameter("hash", codeHash)
                .executeUpdate() == 1;
    }

    @Override
    public long unusedRecoveryCodes(long staffId) {
        return em.createQuery("SELECT COUNT(c) FROM RecoveryCode c WHERE c.staffId = :staff AND c.usedAt IS NULL", Long.class)
                .setParameter("staff", staffId).getSingleResult();
    }

    @Override
    public SignInPolicy policy() {
        return em.find(SignInPolicy.class, 1);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
