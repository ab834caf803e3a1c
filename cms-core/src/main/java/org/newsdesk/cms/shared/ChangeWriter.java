package org.newsdesk.cms.shared;

import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way a lost race at the database becomes a {@link StaleEditException}. A service checks
 * the version the editor's form carried, changes the aggregate, and writes the change at once
 * (a flush): a change someone committed after the check then fails here (the {@code @Version}
 * check, or a unique key the winner took) and not, unexplained, at the commit.
 */
public final class ChangeWriter {

    private ChangeWriter() {
    }

    /**
     * Runs {@code flush}; when it fails, throws the refusal {@code whoWon} gives instead.
     *
     * @param whoWon the refusal naming the change that won, or empty when nobody else changed the
     *               aggregate after all: then the failure was something else and is thrown as it is.
     *               The failed transaction can only roll back, so whatever it reads must be read in
     *               a transaction of its own.
     */
    public static void writeNow(Runnable flush, Supplier<Optional<StaleEditException>> whoWon) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            throw whoWon.get().orElseThrow(() -> e);
        }
    }

    /**
     * As {@link #writeNow}, but asks {@code whoWon} only when the failure is a lost race (a
     * {@code @Version} check, or a unique key another writer took first): any other failure (a
     * foreign key, a value too long, the database gone) is thrown as it is, not shown to the
     * editor as someone else's edit.
     */
    public static void writeNowIfRaced(Runnable flush, Supplier<Optional<StaleEditException>> whoWon) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            if (!isLostRace(e)) {
                throw e;
            }
            throw whoWon.get().orElseThrow(() -> e);
        }
    }

    /** An optimistic lock failure, or a unique key violation (SQLSTATE 23505, H2 and PostgreSQL alike). */
    static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.EntityExistsException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
