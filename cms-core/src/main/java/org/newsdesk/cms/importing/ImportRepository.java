package org.newsdesk.cms.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ImportRepository {

    void add(ImportJob job);

    void flush();

    /**
     * Writes what the transaction changed so far and forgets the entities it loaded: an import
     * batch does this after each story, so that the queries of the next one (each of which
     * flushes first) do not compare every story of the batch for changes again.
     */
    void flushAndForget();

    Optional<ImportJob> find(long jobId);

    /** The newest jobs first. */
    List<ImportJob> latest(int limit);

    /**
     * Waiting jobs whose file was stored under {@code storedUnder} (this instance's upload
     * directory), oldest first: the ones this instance may claim. Jobs of files on other disks do
     * not fill the page.
     */
    List<ImportJob> waiting(String storedUnder, int limit);

    /**
     * Fails the jobs waiting since before {@code waitingBefore} while no job runs anywhere: no
     * instance can read their file (each claims what it can read within seconds when idle).
     */
    int failUnread(Instant waitingBefore, String problem, Instant now);

    /**
     * Claims a waiting job for {@code instance}, in one conditional update: of several instances
     * (or threads) trying at once, exactly one gets the run's token, which the run's changes to
     * the job must show.
     */
    Optional<String> claim(long jobId, String instance, Instant now);

    /**
     * Running jobs with no progress since {@code before}, left by an instance that stopped: back to
     * waiting, for an instance that can read the file to claim again.
     */
    int requeueSilentSince(Instant before, Instant now);

    void add(ImportNote note);

    /** Removes the report's lines of a job, when it runs again from the top. */
    int deleteNotes(long jobId);

    List<ImportNote> notes(long jobId, ImportNote.Kind kind, int limit);

    long countNotes(long jobId, ImportNote.Kind kind);

    Optional<ImportRecord> record(String guid);

    void add(ImportRecord record);
}
