package org.newsdesk.cms.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** In the test deployment, every injected {@link Clock} is the one the tests set. */
@ApplicationScoped
@Alternative
@Priority(1000)
public class TestClockProducer {

    private final SettableClock clock = new SettableClock();

    /** Injectable both as the application's {@link Clock} and as the tests' {@link SettableClock}. */
    @Produces
    @Singleton
    SettableClock clock() {
        return clock;
    }
}
