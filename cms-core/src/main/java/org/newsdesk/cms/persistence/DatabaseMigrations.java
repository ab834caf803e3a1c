package org.newsdesk.cms.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.newsdesk.cms.startup.FailedStart;

/**
 * Declares the application's database and brings its schema up to date before anything else
 * starts. The schema comes only from the Flyway migrations in {@code db/migration}; EclipseLink
 * never generates DDL.
 *
 * <p>The connection comes from MicroProfile Config: an embedded H2 file under {@code cms.data.dir}
 * by default, PostgreSQL when {@code CMS_DB_URL} says so (see {@link DatabaseDriverConfigSource}
 * and {@link ConfiguredDataSource}).
 * The effective configuration is logged first, so that it shows even when the database cannot be
 * reached.
 *
 * <p>A database that does not answer is waited for: Flyway retries the connection
 * {@value #CONNECT_RETRIES} times, at most {@value #CONNECT_RETRY_MAX_SECONDS} s apart (about 95 s
 * in all). If it still fails, or a migration fails, the start gives up and ends the JVM
 * ({@link FailedStart}). (A database that is down from the start fails the deployment earlier,
 * when Payara has EclipseLink connect to check the persistence unit; {@link StartWatch} ends the
 * JVM then.)
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATASOURCE,
        // reads cms.db.* itself, inside the application (see there why not ${MPCONFIG=...} here)
        className = "org.newsdesk.cms.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                // Each connection is checked with a round trip (JDBC's isValid) before it is handed
                // out, and one failed check drops the whole pool: after the database was away, the
                // first request gets a fresh connection instead of a dead one. (The former
                // auto-commit check does not reach PostgreSQL: a dead connection passed it.)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // With every connection busy (a database that hangs rather than refuses), a request
                // waits 5 s for one, not Payara's default 60 s, then gets the 503 page or its form back.
                "fish.payara.max-wait-time-in-millis=5000"
        })
@Singleton
@Startup
@DependsOn("ConfigurationReport")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATASOURCE = "java:app/jdbc/newsdesk";

    /** 1 + 2 + 4 + 8 + 8 × 10 s: about 95 s of waiting for the database before giving up. */
    static final int CONNECT_RETRIES = 12;
    static final int CONNECT_RETRY_MAX_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    private volatile boolean done;
    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        try {
            Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                    .dataSource(UnhurriedDataSource.of(dataSource))
                    .locations("classpath:db/migration")
                    .connectRetries(CONNECT_RETRIES)
                    .connectRetriesInterval(CONNECT_RETRY_MAX_SECONDS)
                    .load();
            MigrateResult result = flyway.migrate();
            schemaVersion = flyway.info().current().getVersion().getVersion();
            LOG.info(() -> "Database schema of " + result.database + " is at version " + schemaVersion + "; "
                    + result.migrationsExecuted + " migration(s) applied on this start.");
            done = true;
        } catch (RuntimeException e) {
            throw FailedStart.giveUp("the database could not be reached or its schema not brought up to date", e);
        }
    }

    /** Whether the schema is current: readiness checks ask this (read-locked: probes never queue). */
    @Lock(LockType.READ)
    public boolean isDone() {
        return done;
    }

    /** The schema's Flyway version once migrated ("5"), null before. */
    @Lock(LockType.READ)
    public String schemaVersion() {
        return schemaVersion;
    }
}
