package org.newsdesk.cms.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
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
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {

    public static final String NAME = "newsdesk-threads";
    private static final int NAMES_SHOWN = 5;

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length);
        if (deadlocked == null) {
            return response.up().build();
        }
        String names = Arrays.stream(threads.getThreadInfo(deadlocked))
                .filter(info -> info != null)
                .limit(NAMES_SHOWN)
                .map(ThreadInfo::getThreadName)
                .collect(Collectors.joining(", "));
        return response.down().withData("threads", names).build();
    }
}
