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
}
