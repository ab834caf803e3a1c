package org.newsdesk.cms.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.persistence.DatabaseMigrations;

/**
 * What the poller says in the log: nothing above INFO while Payara is still starting the beans it
 * asks (a clean start's first looks can fail so), one WARNING once looking fails after it worked,
 * or when it never starts working.
 */
class DueStoryPollerTest {

    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            if (logRecord.getLevel().intValue() > Level.INFO.intValue()) {
                warnings.add(logRecord);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(DueStoryPoller.class.getName());

    @BeforeEach
    void record() {
        log.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        log.removeHandler(recorder);
    }

    @Test
    void looksThatFailWhileTheApplicationIsStillStartingAreNotWarnedAbout() {
        AtomicInteger looks = new AtomicInteger();
        DueStoryPoller poller = poller(() -> looks.incrementAndGet() > 3);

        for (int i = 0; i < 5; i++) {
            poller.look();
        }

        assertThat(warnings).isEmpty();
    }

    @Test
    void lookingThatFailsAfterItWorkedIsWarnedAboutOnce() {
        AtomicInteger looks = new AtomicInteger();
        DueStoryPoller poller = poller(() -> looks.incrementAndGet() == 1);

        for (int i = 0; i < 5; i++) {
            poller.look();
        }

        assertThat(warnings).singleElement().satisfies(warning ->
                assertThat(warning.getMessage()).contains("looking for stories due failed"));
    }

    @Test
    void lookingThatNeverWorksIsWarnedAboutInTheEnd() {
        DueStoryPoller poller = poller(() -> false);

        for (int i = 0; i < DueStoryPoller.STARTING_LOOKS + 5; i++) {
            poller.look();
        }

        assertThat(warnings).hasSize(1);
    }

    /** A poller whose database check answers {@code true} when {@code works} says so, and throws otherwise. */
    private static DueStoryPoller poller(java.util.function.BooleanSupplier works) {
        DueStoryPoller poller = new DueStoryPoller();
        poller.migrations = new DatabaseMigrations() {
            @Override
            public boolean isDone() {
                if (!works.getAsBoolean()) {
                    throw new IllegalStateException("Attempt to invoke when container is in Initializing");
                }
                return true;
            }
        };
        poller.catchUp = new DueStoryCatchUp() {
            @Override
            public int publishDue() {
                return 0;
            }
        };
        poller.fronts = new DueFrontCatchUp() {
            @Override
            public int publishDue() {
                return 0;
            }
        };
        return poller;
    }
}
