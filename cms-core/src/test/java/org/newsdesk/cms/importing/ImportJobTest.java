package org.newsdesk.cms.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aJobRunAgainCountsEachItemOnce() {
        ImportJob job = running("token-1");
        job.begin(3, NOW);
        job.count(ImportTally.of(ImportNote.Outcome.IMPORTED).plus(ImportTally.of(ImportNote.Outcome.FAILED)), NOW);
        assertThat(job.getDoneItems()).isEqualTo(2);

        // left by a stopped instance and run again from the top
        job.begin(3, NOW);
        job.count(ImportTally.of(ImportNote.Outcome.UNCHANGED).plus(ImportTally.of(ImportNote.Outcome.UNCHANGED))
                .plus(ImportTally.of(ImportNote.Outcome.IMPORTED)), NOW);

        assertThat(job.getDoneItems()).isEqualTo(3);
        assertThat(job.getImported()).isEqualTo(1);
        assertThat(job.getUnchanged()).isEqualTo(2);
        assertThat(job.getFailed()).isZero();
    }

    @Test
    void onlyTheLiveRunChangesTheJob() {
        ImportJob job = running("live");
        assertThat(job.isRunBy("live")).isTrue();
        assertThat(job.isRunBy("stale")).isFalse();
        assertThatThrownBy(() -> job.requireRunBy("stale")).isInstanceOf(ImportRunOverException.class);

        job.release(NOW);
        assertThat(job.getStatus()).isEqualTo(ImportJob.Status.WAITING);
        assertThat(job.isRunBy("live")).as("a released claim is over").isFalse();
    }

    private static ImportJob running(String token) {
        ImportJob job = new ImportJob("export.xml", "/data/imports/a.xml", 10, true, "editor", "An Editor", NOW);
        set(job, "status", ImportJob.Status.RUNNING);
        set(job, "runToken", token);
        return job;
    }

    /** The claim is one UPDATE statement in the database; here its outcome is set as the row would read. */
    private static void set(ImportJob job, String field, Object value) {
        try {
            Field f = ImportJob.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(job, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
