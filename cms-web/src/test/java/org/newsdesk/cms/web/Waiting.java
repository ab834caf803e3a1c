package org.newsdesk.cms.web;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for something that happens on its own (a scheduled publish), always with a deadline. */
final class Waiting {

    private Waiting() {
    }

    /** Checks every 100 ms until the condition holds ({@code true}) or the deadline passes ({@code false}). */
    static boolean until(Instant deadline, BooleanSupplier condition) {
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            sleep(Duration.ofMillis(100));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
