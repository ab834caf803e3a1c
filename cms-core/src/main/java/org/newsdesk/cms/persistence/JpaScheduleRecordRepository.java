package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.publishing.ScheduleRecord;
import org.newsdesk.cms.publishing.ScheduleRecordRepository;

@ApplicationScoped
public class JpaScheduleRecordRepository implements ScheduleRecordRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public List<Long> dueArticleIds(Instant now, int limit) {
        // ix_article_status_scheduled finds the due ones; a failed time stays out until the desk acts
        return em.createQuery("""
                        SELECT a.id FROM Article a
                        WHERE a.status = :scheduled AND a.scheduledAt <= :now
                          AND NOT EXISTS (SELECT p.id FROM ScheduleRecord p
                                          WHERE p.article = a AND p.scheduledAt = a.scheduledAt)
                        ORDER BY a.scheduledAt, a.id""", Long.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<ScheduleRecord> find(Article article, Instant scheduledAt) {
        return em.createQuery("""
                        SELECT p FROM ScheduleRecord p
                        WHERE p.article = :article AND p.scheduledAt = :scheduledAt""", ScheduleRecord.class)
                .setParameter("article", article)
                .setParameter("scheduledAt", scheduledAt)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ScheduleRecord record) {
        em.persist(record);
    }

    @Override
    public List<ScheduleRecord> since(Instant since, int limit) {
        return em.createQuery("""
                        SELECT p FROM ScheduleRecord p JOIN FETCH p.article
                        WHERE p.attemptedAt >= :since
                        ORDER BY p.attemptedAt DESC, p.id DESC""", ScheduleRecord.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ScheduleRecord> unresolvedFailures(int limit) {
        return em.createQuery("""
                        SELECT p FROM ScheduleRecord p JOIN FETCH p.article a
                        WHERE p.outcome = :failed AND a.status = :scheduled AND a.scheduledAt = p.scheduledAt
                        ORDER BY p.scheduledAt, p.id""", ScheduleRecord.class)
                .setParameter("failed", ScheduleRecord.Outcome.FAILED)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setMaxResults(limit)
                .getResultList();
    }
}
