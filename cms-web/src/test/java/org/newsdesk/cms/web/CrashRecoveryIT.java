package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor saves a story over and over; the server dies mid-burst ({@code kill -9}). After a
 * restart on the same database, every save the editor saw acknowledged is there: a save answered
 * "saved" is on disk, not in a buffer that dies with the process. In the H2 execution the
 * database is an embedded file of the test's own; in the PostgreSQL execution, the suite's
 * database (the build hands its settings on).
 */
class CrashRecoveryIT {

    private static final int MINIMUM_SAVES = 10;
    private static final Duration BURST_LIMIT = Duration.ofSeconds(60);
    private static final Pattern SAVE_NUMBER = Pattern.compile("save number (\\d+) of the night");

    @Test
    void everyAcknowledgedSaveSurvivesAKilledServer(@TempDir Path work) throws Exception {
        Path dataDir = work.resolve("data");
        Map<String, String> settings = new HashMap<>(Map.of("CMS_ADMIN_USER", TestAccounts.ADMIN,
                "CMS_ADMIN_PASSWORD", TestAccounts.ADMIN_PASSWORD));
        for (String database : List.of("CMS_DB_URL", "CMS_DB_USER", "CMS_DB_PASSWORD")) {
            Optional.ofNullable(System.getenv(database)).ifPresent(value -> settings.put(database, value));
        }
        String desk = "night-desk-" + UUID.randomUUID().toString().substring(0, 8);
        long story;
        AtomicInteger acknowledged = new AtomicInteger();
        try (RunningNewsdesk server = RunningNewsdesk.start(work, dataDir, "before-crash.log", settings)) {
            EditorsDesk editor = EditorsDesk.signIn(server.base(), TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            story = editor.draft("Council meets through the night", editor.section("Night desk " + desk, desk),
                    editor.author("Nora Nightshift " + desk, "nora-" + desk, ""));

            CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> saveUntilTheServerDies(editor, story, acknowledged));
            // the kill lands a moment after a save was answered, while the next is on its way:
            // the worst moment for a database that writes committed work to disk a little later
            awaitMoreThan(acknowledged, MINIMUM_SAVES);
            awaitMoreThan(acknowledged, acknowledged.get());
            server.crash();
            burst.join();
        }

        try (RunningNewsdesk restarted = RunningNewsdesk.start(work, dataDir, "after-crash.log", settings)) {
            EditorsDesk editor = EditorsDesk.signIn(restarted.base(), TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            Matcher kept = SAVE_NUMBER.matcher(editor.browser().get("/admin/articles/" + story).body());
            assertThat(kept.find()).as("the editor shows the story's body").isTrue();
            System.out.printf("CrashRecoveryIT: %d saves acknowledged before kill -9, save %s on disk after restart%n",
                    acknowledged.get(), kept.group(1));
            // a save in flight when the server died may or may not have made it, but never one fewer
            assertThat(Integer.parseInt(kept.group(1))).as("the last save on disk; %d were acknowledged", acknowledged.get())
                    .isGreaterThanOrEqualTo(acknowledged.get());
        }
    }

    /** Saves the story with a numbered body until the server stops answering; counts each answered save. */
    private static void saveUntilTheServerDies(EditorsDesk editor, long story, AtomicInteger acknowledged) {
        Instant limit = Instant.now().plus(BURST_LIMIT);
        try {
            for (int n = 1; Instant.now().isBefore(limit); n++) {
                editor.act(story, "save", Map.of("body", "<p>Council minutes, save number " + n + " of the night.</p>"));
                acknowledged.set(n);
            }
        } catch (AssertionError serverGone) {
            // the request in flight when the server died: not acknowledged, so not counted
        }
    }

    private static void awaitMoreThan(AtomicInteger saves, int count) throws InterruptedException {
        Instant limit = Instant.now().plus(BURST_LIMIT);
        while (saves.get() <= count) {
            assertThat(Instant.now()).as("saves answered in time; %d so far", saves.get()).isBefore(limit);
            Thread.sleep(1);
        }
    }
}
