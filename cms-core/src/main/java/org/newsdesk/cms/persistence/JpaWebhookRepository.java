package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.webhook.WebhookDelivery;
import org.newsdesk.cms.webhook.WebhookEndpoint;
import org.newsdesk.cms.webhook.WebhookRepository;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<WebhookEndpoint> findEndpoint(long id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    @Override
    public List<WebhookEndpoint> activeEndpoints() {
        return em.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.removedAt IS NULL ORDER BY e.createdAt, e.id",
                WebhookEndpoint.class).getResultList();
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        em.persist(endpoint);
    }

    @Override
    public void add(WebhookDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<WebhookDelivery> findDelivery(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    @Override
    public List<WebhookDelivery> deliveries(WebhookEndpoint endpoint, int maximum) {
        return em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.endpoint = :endpoint ORDER BY d.createdAt DESC, d.id DESC",
                        WebhookDelivery.class)
                .setParameter("endpoint", endpoint)
                .setMaxResults(maximum)
                .getResultList();
    }

    @Override
    public List<Long> dueDeliveryIds(Instant now, int maximum) {
        return em.createQuery("SELECT d.id FROM WebhookDelivery d WHERE d.status = :pending AND d.nextAttemptAt <= :now "
                        + "AND d.endpoint.removedAt IS NULL ORDER BY d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(maximum)
                .getResultList();
    }

    @Override
    public boolean claim(long deliveryId, long version, Instant now, Instant leaseUntil) {
        return em.createQuery("UPDATE WebhookDelivery d SET d.nextAttemptAt = :lease, d.version = d.version + 1 "
                        + "WHERE d.id = :id AND d.version = :version AND d.status = :pending AND d.nextAttemptAt <= :now "
                        + "AND d.endpoint IN (SELECT e FROM WebhookEndpoint e WHERE e.removedAt IS NULL)")
                .setParameter("lease", leaseUntil)
                .setParameter("id", deliveryId)
                .setParameter("version", version)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public int giveUpPending(WebhookEndpoint endpoint, String why) {
        return em.createQuery("UPDATE WebhookDelivery d SET d.status = :failed, d.lastError = :why, d.version = d.version + 1 "
                        + "WHERE d.endpoint = :endpoint AND d.status = :pending")
                .setParameter("failed", WebhookDelivery.Status.FAILED)
                .setParameter("why", why)
                .setParameter("endpoint", endpoint)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .executeUpdate();
    }
}
