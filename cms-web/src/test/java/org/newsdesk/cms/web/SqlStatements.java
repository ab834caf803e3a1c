package org.newsdesk.cms.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database for work done on the calling
 * thread, inside the server: every call it executes (queries, lazy loads, the lot) raises its
 * session's "pre-execute call" event. Only the calling thread's statements are counted, so the
 * rest of the run (other tests' requests, the scheduler, the search index's look at the database)
 * never adds to a count.
 *
 * <p>The listener is added to the persistence unit's server session once for the whole run;
 * EclipseLink copies a server session's listeners into each client session it hands out, so every
 * transaction started afterwards reports to it. Outside {@link #during} it does nothing.
 */
@ApplicationScoped
public class SqlStatements {

    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    @PersistenceUnit(unitName = "newsdesk")
    EntityManagerFactory persistence;

    @PostConstruct
    void listen() {
        persistence.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                List<String> sent = SENT.get();
                if (sent != null) {
                    Call call = event.getCall();
                    sent.add(call instanceof DatabaseCall sql && sql.getSQLString() != null ? sql.getSQLString() : String.valueOf(call));
                }
            }
        });
    }

    /** What {@code work} returned, with the SQL it sent on this thread, in order. */
    public <T> Counted<T> during(Supplier<T> work) {
        List<String> sent = new ArrayList<>();
        SENT.set(sent);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(sent));
        } finally {
            SENT.remove();
        }
    }

    /** A result and the statements that made it. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }

        @Override
        public String toString() {
            return statements.size() + " statement(s):\n  " + String.join("\n  ", statements);
        }
    }
}
