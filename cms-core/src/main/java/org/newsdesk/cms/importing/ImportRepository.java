package org.newsdesk.cms.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ImportRepository {

    void add(ImportJob job);

    void flush();

    Optional<ImportJob> find(long jobId);

    /** The newest jobs first. */
    List<ImportJob> latest(int limit);

    /** Waiting jobs, oldest first: the ones an instance may claim. */
    List<ImportJob> waiting(int limit);

    /**
     * Claims a waiting job for {@code instance}, in one conditional update: of several instances
     * (or threads) trying at once, exactly one gets {@code true}.
     */
    boolean claim(long jobId, String instance, Instant now);

    /**
     * Running jobs with no progress since {@code before}, left by an instance that stopped: back to
     * waiting, for an instance that can read the file to claim again.
     */
    int requeueSilentSince(Instant before);

    void add(ImportNote note);

    List<ImportNote> notes(long jobId, ImportNote.Kind kind, int limit);

    long countNotes(long jobId, ImportNote.Kind kind);

    Optional<ImportRecord> record(String guid);

    void add(ImportRecord record);
}
