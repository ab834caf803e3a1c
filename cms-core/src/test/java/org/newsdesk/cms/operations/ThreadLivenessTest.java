package org.newsdesk.cms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Liveness: DOWN only for what a restart cures, a deadlock, and then it names the threads. */
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
        assertThat(answer.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("deadlockedThreads", 0L));
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

            HealthCheckResponse answer = new ThreadLiveness().call();

            assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(answer.getData()).hasValueSatisfying(data -> {
                assertThat(data).containsEntry("deadlockedThreads", 2L);
                assertThat((String) data.get("threads")).contains("copy-desk", "photo-desk");
            });
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
