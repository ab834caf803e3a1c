package org.newsdesk.cms.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.newsdesk.cms.persistence.DatabaseMigrations;

/**
 * Ready for readers and editors: the schema is migrated and the application's database answers
 * now. A load balancer takes an instance whose database is gone out of rotation instead of letting
 * it answer 500s.
 *
 * <p>{@code /health/ready} is public on the site's own port, so the answer is UP or DOWN and nothing
 * else: no product, version, schema or error, which would be leads for an attacker. The start-up
 * log names the database and the schema version; why the database failed goes to the log, once
 * when it fails and once when it is back, not on every probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "newsdesk-database";
    /** A probe must answer within its own timeout (Kubernetes: 1 s by default, often raised). */
    private static final int ANSWER_WITHIN_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    private final AtomicBoolean failing = new AtomicBoolean();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (!migrations.isDone()) {
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(ANSWER_WITHIN_SECONDS)) {
                throw new SQLException("The connection did not answer within " + ANSWER_WITHIN_SECONDS + " s", "08006");
            }
            response.up();
            if (failing.compareAndSet(true, false)) {
                LOG.info("The database answers again: " + NAME + " is UP.");
            }
        } catch (SQLException e) {
            response.down();
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "The database does not answer: " + NAME + " is DOWN until it does.", e);
            }
        }
        return response.build();
    }
}
