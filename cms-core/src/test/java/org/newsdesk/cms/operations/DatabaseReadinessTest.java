package org.newsdesk.cms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.persistence.DatabaseMigrations;

/**
 * Readiness as a load balancer sees it: UP while the schema is migrated and the database answers,
 * DOWN otherwise, and never a word more (the answer is public: no product, version or error).
 */
class DatabaseReadinessTest {

    @BeforeAll
    static void withoutPayara() {
        TestHealthResponses.install();
    }

    @Test
    void upWhenMigratedAndTheDatabaseAnswers() {
        HealthCheckResponse answer = readiness(migrated(), answering(true)).call();

        assertThat(answer.getName()).isEqualTo("newsdesk-database");
        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(answer.getData().orElseGet(Map::of)).as("nothing about the database in a public answer").isEmpty();
    }

    @Test
    void downWhileTheSchemaIsNotMigrated() {
        HealthCheckResponse answer = readiness(new DatabaseMigrations(), answering(true)).call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData().orElseGet(Map::of)).isEmpty();
    }

    @Test
    void downWithoutTheDatabasesAddressWhenNoConnectionCanBeHad() {
        DataSource unreachable = stub(DataSource.class, Map.of("getConnection",
                new SQLException("Connection to db.internal:5432 refused", "08001")));

        HealthCheckResponse answer = readiness(migrated(), unreachable).call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData().orElseGet(Map::of)).as("the cause goes to the log, not to the public").isEmpty();
    }

    @Test
    void downWhenTheConnectionDoesNotAnswer() {
        HealthCheckResponse answer = readiness(migrated(), answering(false)).call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    private static DatabaseReadiness readiness(DatabaseMigrations migrations, DataSource dataSource) {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.migrations = migrations;
        readiness.dataSource = dataSource;
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
