package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.apitoken.ApiToken;
import org.newsdesk.cms.apitoken.ApiTokenRepository;
import org.newsdesk.cms.staff.StaffMember;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByTokenHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> of(StaffMember owner) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.owner = :owner ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordUse(long tokenId, Instant now, Instant cutoff) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id "
                        + "AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :cutoff)")
                .setParameter("now", now)
                .setParameter("id", tokenId)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Override
    public int revokeAllOf(long ownerId, Instant now) {
        return em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now, t.version = t.version + 1 "
                        + "WHERE t.owner.id = :owner AND t.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("owner", ownerId)
                .executeUpdate();
    }
}
