package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per token per minute ({@code cms.api.requests-per-minute}, CMS_API_REQUESTS_PER_MINUTE,
 * default 600), counted in fixed one-minute windows. Counted on each instance: behind a balancer
 * of n instances a token gets up to n times the limit, which still stops a runaway script; a
 * shared counter would cost a grid round trip on every request.
 */
@ApplicationScoped
public class RateLimit {

    private static final long MINUTE = 60_000;

    @Inject
    @ConfigProperty(name = "cms.api.requests-per-minute", defaultValue = "600")
    int perMinute;

    @Inject
    Clock clock;

    private final ConcurrentMap<Long, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

    /** Counts a request of this token: empty when allowed, else the seconds until the next window. */
    OptionalLong take(long tokenId) {
        long now = clock.millis();
        long windowStart = now - now % MINUTE;
        Window counted = windows.compute(tokenId, (id, window) -> window == null || window.start() != windowStart
                ? new Window(windowStart, 1)
                : new Window(windowStart, window.count() + 1));
        if (counted.count() <= perMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (windowStart + MINUTE - now + 999) / 1000));
    }

    int perMinute() {
        return perMinute;
    }
}
