package org.newsdesk.cms.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the application reads time from. Everything that needs "now" injects the {@link Clock},
 * so a test can set it; everything that shows a time uses {@link PublicationTime}.
 */
@ApplicationScoped
public class TimeConfiguration {

    /**
     * Ticks in whole milliseconds: the databases keep microseconds at most, and an instant read
     * back must equal the one written (ETags, version checks, tests).
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Produces
    @Singleton
    PublicationTime publicationTime(@ConfigProperty(name = "cms.zone", defaultValue = "America/New_York") String zone) {
        return new PublicationTime(ZoneId.of(zone));
    }
}
