package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.importing.ImportJob;
import org.newsdesk.cms.importing.ImportNote;
import org.newsdesk.cms.importing.ImportRecord;
import org.newsdesk.cms.importing.ImportRepository;

@ApplicationScoped
public class JpaImportRepository implements ImportRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public void add(ImportJob job) {
        em.persist(job);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<ImportJob> find(long jobId) {
        return Optional.ofNullable(em.find(ImportJob.class, jobId));
    }

    @Override
    public List<ImportJob> latest(int limit) {
        return em.createQuery("SELECT j FROM ImportJob j ORDER BY j.createdAt DESC, j.id DESC", ImportJob.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ImportJob> waiting(int limit) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.status = :waiting ORDER BY j.createdAt, j.id", ImportJob.class)
                .setParameter("waiting", ImportJob.Status.WAITING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(long jobId, String instance, Instant now) {
        // the row changes from WAITING once: a second claim, on any instance, updates nothing
        return em.createQuery("""
                        UPDATE ImportJob j SET j.status = :running, j.instance = :instance, j.startedAt = :now,
                               j.progressAt = :now, j.version = j.version + 1
                        WHERE j.id = :id AND j.status = :waiting""")
                .setParameter("running", ImportJob.Status.RUNNING)
                .setParameter("instance", instance)
                .setParameter("now", now)
                .setParameter("id", jobId)
                .setParameter("waiting", ImportJob.Status.WAITING)
                .executeUpdate() == 1;
    }

    @Override
    public int requeueSilentSince(Instant before) {
        return em.createQuery("""
                        UPDATE ImportJob j SET j.status = :waiting, j.version = j.version + 1
                        WHERE j.status = :running AND (j.progressAt < :before OR j.progressAt IS NULL AND j.startedAt < :before)""")
                .setParameter("waiting", ImportJob.Status.WAITING)
                .setParameter("running", ImportJob.Status.RUNNING)
                .setParameter("before", before)
                .executeUpdate();
    }

    @Override
    public void add(ImportNote note) {
        em.persist(note);
    }

    @Override
    public List<ImportNote> notes(long jobId, ImportNote.Kind kind, int limit) {
        return em.createQuery("SELECT n FROM ImportNote n WHERE n.jobId = :job AND n.kind = :kind ORDER BY n.id", ImportNote.class)
                .setParameter("job", jobId)
                .setParameter("kind", kind)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countNotes(long jobId, ImportNote.Kind kind) {
        return em.createQuery("SELECT COUNT(n) FROM ImportNote n WHERE n.jobId = :job AND n.kind = :kind", Long.class)
                .setParameter("job", jobId)
                .setParameter("kind", kind)
                .getSingleResult();
    }

    @Override
    public Optional<ImportRecord> record(String guid) {
        return Optional.ofNullable(em.find(ImportRecord.class, ImportRecord.keyOf(guid)));
    }

    @Override
    public void add(ImportRecord record) {
        em.persist(record);
    }
}
