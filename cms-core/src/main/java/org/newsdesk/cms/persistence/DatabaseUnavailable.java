package org.newsdesk.cms.persistence;

import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means "the database is not answering" rather than "this request is wrong" or
 * "the code is wrong": the one difference that decides whether a reader gets a 503 page and an
 * editor their form back with "try again", instead of the 500 page.
 *
 * <p>The answer is in the chain of causes, under however many layers the container, EJB, JTA and
 * EclipseLink wrap around it: a connection-class SQLState ({@code 08…}, or PostgreSQL's
 * {@code 57P01}-{@code 57P03} for a server shutting down or starting), one of JDBC's connection
 * exception types, the pool unable to hand out a connection (Payara's
 * {@link ResourceAllocationException}: the database refused it, or every connection is stuck
 * waiting for it), or a refused TCP connection.
 */
public final class DatabaseUnavailable {

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database cannot be reached. */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (saysUnreachable(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                // the driver may chain the reason rather than nest it
                for (SQLException next = sql.getNextException(); next != null && seen.add(next); next = next.getNextException()) {
                    if (saysUnreachable(next) || (next.getCause() != null && isCauseOf(next.getCause()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean saysUnreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof ResourceAllocationException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
        }
        return false;
    }
}
