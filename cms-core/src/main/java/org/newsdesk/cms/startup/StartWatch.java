package org.newsdesk.cms.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Ends the JVM when cms.war did not deploy on Payara Micro, whatever failed. Payara Micro deploys
 * on its main thread and lets that thread end once every deployment and post-deploy command is
 * done, successful or not; then it keeps running, without Newsdesk if the deployment failed. Some
 * failures happen before any Newsdesk bean runs: Payara opens a connection through EclipseLink to
 * check the persistence unit while it prepares the application, so a database that is not up yet
 * fails the deployment right there.
 *
 * <p>So the watch is armed by the first Newsdesk code Payara calls while deploying (the
 * datasource's configuration, {@link DatabaseDriverConfigSource}), remembers the thread that
 * deploys, and waits for it to end. If by then the application has not started, or has been torn
 * down again, it gives up through {@link FailedStart}: one SEVERE line, then the JVM exits, unless
 * {@code CMS_EXIT_ON_FAILED_START=false}. Only a deploying thread named "main" is watched: on Payara
 * Server, deployments run on admin threads that never end, and a failed deployment does not stop
 * the server's other applications.
 */
@ApplicationScoped
public class StartWatch {

    private static final Logger LOG = Logger.getLogger(StartWatch.class.getName());
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicBoolean TORN_DOWN = new AtomicBoolean();

    /** Called on the deploying thread; the first call starts watching it, later ones do nothing. */
    public static void arm() {
        Thread deploying = Thread.currentThread();
        if (!"main".equals(deploying.getName()) || !ARMED.compareAndSet(false, true)) {
            return;
        }
        // made now: once a failed deployment is torn down, its configuration and classes are gone
        FailedStart.GivingUp givingUp = FailedStart.prepare(
                "cms.war did not deploy (Payara Micro finished its deployments without it); the errors above say why",
                FailedStart.exitConfigured());
        Thread watch = new Thread(() -> {
            try {
                deploying.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!STARTED.get() || TORN_DOWN.get()) {
                givingUp.now();
            }
        }, "newsdesk-start-watch");
        watch.setDaemon(true);
        watch.start();
        LOG.fine("Watching the deployment on Payara Micro's main thread");
    }

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        STARTED.set(true);
    }

    void tornDown(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        TORN_DOWN.set(true);
    }
}
