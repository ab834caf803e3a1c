package org.newsdesk.cms.startup;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A start that cannot succeed ends the process. When cms.war fails to deploy, Payara Micro keeps
 * running without it: a container stays "up" serving 404s and Docker's restart policy never acts.
 * So when Newsdesk gives up starting, it logs one SEVERE line saying why and exits the JVM with
 * status 1, after a pause that lets Payara log the failed deployment; Docker (or systemd, or the
 * person at the terminal) starts it again.
 *
 * <p>{@code CMS_EXIT_ON_FAILED_START=false} keeps the JVM running instead, e.g. to look at a
 * broken deployment on a Payara Server that hosts other applications.
 */
public final class FailedStart {

    static final String SETTING = "cms.exit.on.failed.start";
    private static final Logger LOG = Logger.getLogger(FailedStart.class.getName());
    private static final long PAUSE_MILLIS = 3_000;
    /** If Payara's shutdown hooks hang, the JVM halts anyway after this. */
    private static final long SHUTDOWN_LIMIT_MILLIS = 30_000;
    /** Once: a failed migration is also a deployment that ends without Newsdesk (StartWatch). */
    private static final AtomicBoolean GAVE_UP = new AtomicBoolean();

    private FailedStart() {
    }

    /**
     * Logs why the start failed and, unless switched off, ends the JVM shortly; returns the cause
     * for the caller to throw, so that the deployment fails as it would have.
     */
    public static RuntimeException giveUp(String what, RuntimeException cause) {
        prepare(what + " (" + cause + ")", exitConfigured()).now();
        return cause;
    }

    /** Whether CMS_EXIT_ON_FAILED_START leaves exiting on (the default). */
    static boolean exitConfigured() {
        return ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(true);
    }

    /**
     * Everything giving up takes, made now: after a failed deployment Payara closes the
     * application's class loader, and then not even a lambda or a string concatenation of ours
     * can be linked any more.
     */
    static GivingUp prepare(String why, boolean exit) {
        String line = "Newsdesk cannot start: " + why + ". "
                + (exit ? "Exiting the JVM with status 1 so that it is started again (CMS_EXIT_ON_FAILED_START=false keeps it running)."
                        : "The JVM keeps running without Newsdesk (CMS_EXIT_ON_FAILED_START=false).");
        Thread halting = new Thread(FailedStart::haltLater, "newsdesk-failed-start-halt");
        halting.setDaemon(true);
        Thread exiting = new Thread(() -> exitSoon(halting), "newsdesk-failed-start");
        return new GivingUp(line, exit ? exiting : null);
    }

    record GivingUp(String line, Thread exiting) {

        void now() {
            if (!GAVE_UP.compareAndSet(false, true)) {
                return;
            }
            LOG.log(Level.SEVERE, line);
            if (exiting != null) {
                exiting.start();
            }
        }
    }

    private static void exitSoon(Thread halting) {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        halting.start();
        System.exit(1);
    }

    private static void haltLater() {
        try {
            Thread.sleep(SHUTDOWN_LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(1);
    }
}
