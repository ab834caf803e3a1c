package org.newsdesk.cms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.persistence.DatabaseMigrations;

/**
 * Readiness as a load balancer and an operator see it: UP while the database answers; still UP
 * while it does not (the instance serves cached pages, and every instance shares the database),
 * within the probe's time even when the database has gone dark, with the operators' gauge saying
 * so; DOWN only while the schema is not migrated; and never a word more (the answer is public: no
 * product, version or error).
 */
class DatabaseReadinessTest {

    /** Stands in for Payara's managed executor: daemon threads, so a dark check never holds the JVM. */
    private static final Executor CHECKS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "readiness-check");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeAll
    static void withoutPayara() {
        TestHealthResponses.install();
    }

    @Test
    void upWhenMigratedAndTheDatabaseAnswers() {
        DatabaseReadiness readiness = readiness(migrated(), answering(true));
        HealthCheckResponse answer = readiness.call();

        assertThat(answer.getName()).isEqualTo("newsdesk-database");
        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(answer.getData().orElseGet(Map::of)).isEmpty();
        assertThat(readiness.answering()).isTrue();
    }

    @Test
    void downWhileTheSchemaIsNotMigrated() {
        HealthCheckResponse answer = readiness(new DatabaseMigrations(), answering(true)).call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData().orElseGet(Map::of)).isEmpty();
    }

    @Test
    void upWithoutAWordOfTheCauseWhenNoConnectionCanBeHad() {
        DataSource unreachable = stub(DataSource.class, Map.of("getConnection",
                new SQLException("Connection to db.internal:5432 refused", "08001")));
        DatabaseReadiness readiness = readiness(migrated(), unreachable);

        HealthCheckResponse answer = readiness.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(answer.getData().orElseGet(Map::of)).as("the cause goes to the log, not to the public").isEmpty();
        assertThat(readiness.answering()).as("the operators' gauge").isFalse();
    }

    @Test
    void saysNotAnsweringWhenTheConnectionDoesNotAnswer() {
        DatabaseReadiness readiness = readiness(migrated(), answering(false));

        HealthCheckResponse answer = readiness.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(readiness.answering()).isFalse();
    }

    @Test
    void answersInTimeWhileTheDatabaseHasGoneDark() {
        DataSource dark = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Thread.sleep(10_000); // the pool's time limits, when nothing answers
                    throw new SQLException("Connection attempt timed out", "08001");
                });
        DatabaseReadiness readiness = readiness(migrated(), answering(true));
        readiness.call();
        readiness.dataSource = dark;
        long start = System.nanoTime();

        HealthCheckResponse answer = readiness.call();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(readiness.answering()).isFalse();
    }

    /**
     * The first check of a fresh start (the pool opening, the persistence unit warming) may take
     * longer than a probe on a busy machine: that is no outage, and logs no WARNING (seen when a
     * newcomer's first probe came during start-up on a loaded machine).
     */
    @Test
    void aSlowFirstCheckAfterStartIsNotAnOutage() {
        DataSource warmingUp = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Thread.sleep(10_000);
                    throw new SQLException("never reached in time", "08001");
                });
        DatabaseReadiness readiness = readiness(migrated(), warmingUp);

        HealthCheckResponse answer = readiness.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(readiness.answering()).isTrue();
    }

    private static DatabaseReadiness readiness(DatabaseMigrations migrations, DataSource dataSource) {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.migrations = migrations;
        readiness.dataSource = dataSource;
        readiness.executor = CHECKS;
        return readiness;
    }

    private static DatabaseMigrations migrated() {
        return new DatabaseMigrations() {
            @Override
            public boolean isDone() {
                return true;
            }

            @Override
            public String schemaVersion() {
                return "4";
            }
        };
    }

    /** A PostgreSQL 15.14 whose connections answer {@code isValid} with {@code valid}. */
    private static DataSource answering(boolean valid) {
        DatabaseMetaData product = stub(DatabaseMetaData.class,
                Map.of("getDatabaseProductName", "PostgreSQL", "getDatabaseProductVersion", "15.14"));
        Connection connection = stub(Connection.class, Map.of("isValid", valid, "getMetaData", product));
        return stub(DataSource.class, Map.of("getConnection", connection));
    }

    /** Answers each named method with the value given (or throws it); close() does nothing. */
    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            if (method.getName().equals("close")) {
                return null;
            }
            Object answer = answers.get(method.getName());
            if (answer instanceof Throwable thrown) {
                throw thrown;
            }
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer;
        }));
    }
}
