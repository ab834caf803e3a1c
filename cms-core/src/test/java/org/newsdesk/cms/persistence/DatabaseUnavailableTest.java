package org.newsdesk.cms.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * "The database is not answering" told apart from every other failure, however deep the
 * container, EJB and EclipseLink bury it: only that becomes a 503 and "try again"; a bug or a
 * refused row still shows as the error it is.
 */
class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionUnderThePoolAndEclipseLink() {
        // the chain Payara logged when the database went away (PostgreSQL refusing the connection)
        Throwable refused = new ConnectException("Connection refused");
        SQLException driver = new SQLException("Connection to 127.0.0.1:36867 refused", "08001", refused);
        ResourceAllocationException pool = new ResourceAllocationException("Connection could not be allocated");
        pool.initCause(driver);
        SQLException allocating = new SQLException("Error in allocating a connection", pool);
        PersistenceException eclipseLink = new PersistenceException("Exception [EclipseLink-4002]", allocating);

        assertThat(DatabaseUnavailable.isCauseOf(new ServletException(new EJBException(eclipseLink)))).isTrue();
    }

    @Test
    void anOpenConnectionThatDied() {
        // PostgreSQL's "An I/O error occurred while sending to the backend"
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(new SQLException("I/O error", "08006")))).isTrue();
    }

    @Test
    void thePoolUnableToHandOutAConnectionInTime() {
        assertThat(DatabaseUnavailable.isCauseOf(new EJBException(new ResourceAllocationException("wait time expired")))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingUp() {
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void jdbcConnectionExceptionTypesWithoutAState() {
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLTransientConnectionException("gone")))).isTrue();
    }

    @Test
    void aReasonChainedAsTheNextException() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));

        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(batch))).isTrue();
    }

    @Test
    void notAFailureOfTheDatabasesPresence() {
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new OptimisticLockException("someone saved first"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("first", "XX000");
        SQLException second = new SQLException("second", "XX000", first);
        first.setNextException(second);

        assertThat(DatabaseUnavailable.isCauseOf(second)).isFalse();
    }
}
