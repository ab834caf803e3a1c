package org.newsdesk.cms.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive: Newsdesk is deployed (this check answers at all) and no threads are deadlocked. A
 * deadlock never clears by itself, so a restart is the cure, which is what a liveness probe
 * triggers. Everything else that can go wrong (the database gone, a slow disk) is for readiness
 * to report: restarting would not fix it.
 *
 * <p>{@code /health/live} is public on the site's own port, so the answer is UP or DOWN and nothing
 * else; the deadlocked threads are named in the log, once, where the operator restarting the
 * instance looks.
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {

    public static final String NAME = "newsdesk-threads";
    private static final int NAMES_SHOWN = 5;
    private static final Logger LOG = Logger.getLogger(ThreadLiveness.class.getName());

    /** Whether the current deadlock is in the log: probes come every few seconds, the deadlock stays. */
    private final AtomicBoolean reported = new AtomicBoolean();

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (deadlocked == null) {
            reported.set(false);
            return response.up().build();
        }
        if (!reported.compareAndSet(false, true)) {
            return response.down().build();
        }
        String names = Arrays.stream(threads.getThreadInfo(deadlocked))
                .filter(info -> info != null)
                .limit(NAMES_SHOWN)
                .map(ThreadInfo::getThreadName)
                .collect(Collectors.joining(", "));
        LOG.warning(() -> deadlocked.length + " thread(s) are deadlocked: " + NAME + " is DOWN until this instance is restarted. "
                + "Threads: " + names);
        return response.down().build();
    }
}
