package org.newsdesk.cms.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.newsdesk.cms.persistence.DatabaseMigrations;

/**
 * Ready for readers: the schema is migrated. Whether the database answers now is part of the
 * answer, but does not take the instance out of rotation: while the database is away, an instance
 * still serves every page its cache holds (most of what readers ask for), a page it does not hold
 * answers a short 503 page, and editors get their forms back with "try again". Every instance shares
 * the one database, so DOWN would take them all out at once, and readers would get the load
 * balancer's error for pages that are sitting in the cache. A load balancer cannot route around a
 * shared database; it can only make things worse. So the check answers UP while the database is
 * away, and DOWN only while the schema is not migrated yet (a starting instance). Operators alert
 * on the gauge {@code newsdesk_database_answering} (1 or 0, in the application metrics, which only
 * an administrator or the monitoring token may read) or on the one WARNING in the log.
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
    /** 1 while the database answered the last check, 0 while it did not. */
    static final String ANSWERING_GAUGE = "newsdesk.database.answering";
    /** A probe must answer within its own timeout (Kubernetes: 1 s by default, often raised). */
    private static final int ANSWER_WITHIN_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    /**
     * Where the database is asked, so that a probe never waits longer than it may: a database that
     * has gone dark takes the pool's time limits (16 s) to fail, and a probe that timed out would
     * take the instance out of rotation after all.
     */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private final AtomicBoolean failing = new AtomicBoolean();
    /** Whether any check has had an answer since this instance started. */
    private volatile boolean answeredOnce;
    /** The question now put to the database: one at a time, however often the probes come. */
    private CompletableFuture<HealthCheckResponse> asking;

    /** Made at start, not at the first probe, so that the gauge is there for the first scrape. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer alone has CDI create the bean, and with it the gauge
    }

    @PostConstruct
    void showTheAnswerToOperators() {
        // read on a scrape: the last check's answer, and a new check started for the next scrape
        metrics.gauge(ANSWERING_GAUGE, this, readiness -> {
            if (readiness.migrations.isDone()) {
                readiness.ask();
            }
            return readiness.answering() ? 1 : 0;
        });
    }

    /** Whether the database answered the last check (none yet: yes). */
    boolean answering() {
        return !failing.get();
    }

    @Override
    public HealthCheckResponse call() {
        if (!migrations.isDone()) {
            return HealthCheckResponse.named(NAME).down().build();
        }
        try {
            return ask().get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException stillWaiting) {
            if (!answeredOnce) {
                // the first check of a fresh start opens the pool and warms the persistence unit,
                // which on a busy machine takes longer than a probe: slow, not failing (a check that
                // really fails says so when it ends)
                return HealthCheckResponse.named(NAME).up().build();
            }
            return notAnswering("no answer from the database within " + ANSWER_WITHIN_SECONDS + " s", null);
        } catch (ExecutionException e) {
            return notAnswering("the check failed; see the log", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notAnswering("the check was interrupted", e);
        }
    }

    private synchronized CompletableFuture<HealthCheckResponse> ask() {
        if (asking == null || asking.isDone()) {
            asking = CompletableFuture.supplyAsync(this::askTheDatabase, executor);
        }
        return asking;
    }

    private HealthCheckResponse askTheDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(ANSWER_WITHIN_SECONDS)) {
                throw new SQLException("The connection did not answer within " + ANSWER_WITHIN_SECONDS + " s", "08006");
            }
            answeredOnce = true;
            if (failing.compareAndSet(true, false)) {
                LOG.info("The database answers again: pages and saves work again.");
            }
            return HealthCheckResponse.named(NAME).up().build();
        } catch (SQLException e) {
            return notAnswering("no answer from the database"
                    + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")") + "; see the log", e);
        }
    }

    /** UP all the same: see the class comment. The first such answer logs why ({@code error}), once. */
    private HealthCheckResponse notAnswering(String error, Throwable cause) {
        if (failing.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "The database does not answer (" + error + "): readers get cached pages, other"
                    + " pages and saves answer 503 until it does.", cause);
        }
        return HealthCheckResponse.named(NAME).up().build();
    }
}
