package org.newsdesk.cms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Liveness: DOWN only for what a restart cures, a deadlock; the public answer says only that, the
 * log names the threads, once.
 */
class ThreadLivenessTest {

    @BeforeAll
    static void withoutPayara() {
        TestHealthResponses.install();
    }

    @Test
    void upWhileNoThreadsAreDeadlocked() {
        HealthCheckResponse answer = new ThreadLiveness().call();

        assertThat(answer.getName()).isEqualTo("newsdesk-threads");
        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(answer.getData().orElseGet(Map::of)).isEmpty();
    }

    @Test
    void downWhileTwoThreadsWaitForEachOthersLock() throws InterruptedException {
        Lock copyDesk = new ReentrantLock();
        Lock photoDesk = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread first = new Thread(() -> takeBoth(copyDesk, photoDesk, bothHoldOne), "copy-desk");
        Thread second = new Thread(() -> takeBoth(photoDesk, copyDesk, bothHoldOne), "photo-desk");
        first.start();
        second.start();
        try {
            awaitDeadlock();

            ThreadLiveness liveness = new ThreadLiveness();
            List<LogRecord> logged = new CopyOnWriteArrayList<>();
            Handler recorder = new Handler() {
                @Override
                public void publish(LogRecord logRecord) {
                    logged.add(logRecord);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            Logger log = Logger.getLogger(ThreadLiveness.class.getName());
            log.addHandler(recorder);
            HealthCheckResponse answer;
            HealthCheckResponse again;
            try {
                answer = liveness.call();
                again = liveness.call();
            } finally {
                log.removeHandler(recorder);
            }

            assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(again.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(answer.getData().orElseGet(Map::of)).as("nothing about the threads in a public answer").isEmpty();
            assertThat(logged).as("one line, not one per probe").hasSize(1);
            assertThat(logged.get(0).getLevel()).isEqualTo(Level.WARNING);
            assertThat(logged.get(0).getMessage()).contains("2 thread(s) are deadlocked", "copy-desk", "photo-desk");
        } finally {
            first.interrupt();
            second.interrupt();
            first.join();
            second.join();
        }
    }

    /** Holds one lock, waits until the other thread holds the other, then asks for it. */
    private static void takeBoth(Lock mine, Lock theirs, CountDownLatch bothHoldOne) {
        mine.lock();
        try {
            bothHoldOne.countDown();
            bothHoldOne.await();
            theirs.lockInterruptibly();
            theirs.unlock();
        } catch (InterruptedException released) {
            // the test is over
        } finally {
            mine.unlock();
        }
    }

    private static void awaitDeadlock() throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofSeconds(10));
        while (ManagementFactory.getThreadMXBean().findDeadlockedThreads() == null) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("The two threads never deadlocked");
            }
            Thread.sleep(10);
        }
    }
}
