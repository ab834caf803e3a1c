package org.newsdesk.cms.web.dashboard;

import java.time.Duration;

/**
 * How late a scheduled story went out, in the words a desk uses: "0.4 s", "12 s", "3 min 5 s",
 * "2 h 4 min", "3 days 2 h". Two units at most; nobody asks how many seconds a two-hour miss was.
 */
public final class Lateness {

    private Lateness() {
    }

    public static String describe(Duration lateBy) {
        long millis = Math.max(0, lateBy.toMillis());
        if (millis < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long days = hours / 24;
        return days + (days == 1 ? " day" : " days") + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
