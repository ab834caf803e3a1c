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
    public void flushAndForget() {
        em.flush();
        em.clear();
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
    public List<ImportJob> waiting(String storedUnder, int limit) {
        return em.createQuery("""
                        SELECT j FROM ImportJob j WHERE j.status = :waiting AND j.storedFile LIKE :under
                        ORDER BY j.createdAt, j.id""", ImportJob.class)
                .setParameter("waiting", ImportJob.Status.WAITING)
                .setParameter("under", likePrefix(storedUnder))
                .setMaxResults(limit)
                .getResultList();
    }

    private static String likePrefix(String prefix) {
        // no ESCAPE clause needed: the upload directory's own path, where _ and % only ever widen
        // the match to files that are filtered again by whether they can be read
        return prefix + "%";
    }

    @Override
    public int failUnread(Instant waitingBefore, String problem, Instant now) {
        // only while nothing runs anywhere: then every instance looked, and none could read these
        // files (two statements, and no COALESCE: EclipseLink writes an UPDATE with a subquery on its
        // own table, and a parameter inside COALESCE, as SQL H2 refuses)
        long running = em.createQuery("SELECT COUNT(r) FROM ImportJob r WHERE r.status = :running", Long.class)
                .setParameter("running", ImportJob.Status.RUNNING)
                .getSingleResult();
        if (running > 0) {
            return 0;
        }
        return em.createQuery("""
                        UPDATE ImportJob j SET j.status = :failed, j.problem = :problem, j.finishedAt = :now,
                               j.version = j.version + 1
                        WHERE j.status = :waiting
                          AND (j.progressAt < :before OR j.progressAt IS NULL AND j.createdAt < :before)""")
                .setParameter("failed", ImportJob.Status.FAILED)
                .setParameter("problem", problem)
                .setParameter("now", now)
                .setParameter("waiting", ImportJob.Status.WAITING)
                .setParameter("before", waitingBefore)
                .executeUpdate();
    }

    @Override
    public Optional<String> claim(long jobId, String instance, Instant now) {
        String token = java.util.UUID.randomUUID().toString();
        // the row changes from WAITING once: a second claim, on any instance, updates nothing
        return em.createQuery("""
                        UPDATE ImportJob j SET j.status = :running, j.instance = :instance, j.startedAt = :now,
                               j.progressAt = :now, j.runToken = :token, j.version = j.version + 1
                        WHERE j.id = :id AND j.status = :waiting""")
                .setParameter("running", ImportJob.Status.RUNNING)
                .setParameter("instance", instance)
                .setParameter("now", now)
                .setParameter("token", token)
                .setParameter("id", jobId)
                .setParameter("waiting", ImportJob.Status.WAITING)
                .executeUpdate() == 1 ? Optional.of(token) : Optional.empty();
    }

    @Override
    public int requeueSilentSince(Instant before, Instant now) {
        return em.createQuery("""
                        UPDATE ImportJob j SET j.status = :waiting, j.progressAt = :now, j.runToken = NULL,
                               j.version = j.version + 1
                        WHERE j.status = :running AND (j.progressAt < :before OR j.progressAt IS NULL AND j.startedAt < :before)""")
                .setParameter("waiting", ImportJob.Status.WAITING)
                .setParameter("running", ImportJob.Status.RUNNING)
                .setParameter("before", before)
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public void add(ImportNote note) {
        em.persist(note);
    }

    @Override
    public int deleteNotes(long jobId) {
        return em.createQuery("DELETE FROM ImportNote n WHERE n.jobId = :job").setParameter("job", jobId).executeUpdate();
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
