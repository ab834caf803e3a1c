package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor saves a story over and over; the server dies mid-burst ({@code kill -9}). After a
 * restart on the same embedded database file, every save the editor saw acknowledged is there:
 * a save answered "saved" is on disk, not in a buffer that dies with the process.
 */
class CrashRecoveryIT {

    private static final String ADMIN = "chief";
    private static final String ADMIN_PASSWORD = "correct horse battery";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern SECTION_OPTION = Pattern.compile("<option value=\"(\\d+)\">Crash desk</option>");
    private static final Pattern AUTHOR_OPTION = Pattern.compile("<option value=\"(\\d+)\">Nora Nightshift</option>");
    private static final int MINIMUM_SAVES = 10;
    private static final Duration BURST_LIMIT = Duration.ofSeconds(60);

    @Test
    void everyAcknowledgedSaveSurvivesAKilledServer(@TempDir Path work) throws Exception {
        Path dataDir = work.resolve("data");
        Map<String, String> settings = Map.of("CMS_ADMIN_USER", ADMIN, "CMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        String story;
        AtomicInteger acknowledged = new AtomicInteger();
        try (RunningNewsdesk server = RunningNewsdesk.start(work, dataDir, "before-crash.log", settings)) {
            Browser editor = new Browser(server.base());
            assertThat(editor.signIn(ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(303);
            story = draft(editor);

            CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> saveUntilRefused(editor, story, acknowledged));
            // the kill lands a moment after a save was answered, while the next is on its way:
            // the worst moment for a database that writes committed work to disk a little later
            awaitMoreThan(acknowledged, MINIMUM_SAVES);
            awaitMoreThan(acknowledged, acknowledged.get());
            server.crash();
            burst.join();
        }

        try (RunningNewsdesk restarted = RunningNewsdesk.start(work, dataDir, "after-crash.log", settings)) {
            Browser editor = new Browser(restarted.base());
            assertThat(editor.signIn(ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(303);
            String page = editor.get(story).body();
            int kept = lastSaveIn(page);
            System.out.printf("CrashRecoveryIT: %d saves acknowledged before kill -9, save %d on disk after restart%n",
                    acknowledged.get(), kept);
            // a save in flight when the server died may or may not have made it, but never one fewer
            assertThat(kept).as("the last save on disk; %d were acknowledged", acknowledged.get())
                    .isGreaterThanOrEqualTo(acknowledged.get());
        }
    }

    /** A draft by an author of its own in a section of its own, through the admin forms; its editor's path. */
    private static String draft(Browser editor) {
        Map<String, String> section = Browser.csrfFieldOf(editor.get("/admin/sections/new").body());
        section.putAll(Map.of("name", "Crash desk", "slug", "crash-desk", "parent", ""));
        assertThat(editor.post("/admin/sections", section).statusCode()).isEqualTo(303);
        Map<String, String> author = Browser.csrfFieldOf(editor.get("/admin/authors/new").body());
        author.putAll(Map.of("name", "Nora Nightshift", "slug", "nora-nightshift", "bio", ""));
        assertThat(editor.post("/admin/authors", author).statusCode()).isEqualTo(303);
        String newArticle = editor.get("/admin/articles/new").body();
        Matcher sectionId = SECTION_OPTION.matcher(newArticle);
        Matcher authorId = AUTHOR_OPTION.matcher(newArticle);
        assertThat(sectionId.find() && authorId.find()).as("the new section and author are offered").isTrue();
        Map<String, String> form = Browser.csrfFieldOf(newArticle);
        form.putAll(Map.of("headline", "Council meets through the night", "dek", "Saved again and again.",
                "section", sectionId.group(1), "bylines", authorId.group(1), "slug", "", "body", body(0), "action", "save"));
        HttpResponse<String> created = editor.post("/admin/articles/new", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return URI_PATH.matcher(created.headers().firstValue("Location").orElseThrow()).replaceFirst("");
    }

    private static void awaitMoreThan(AtomicInteger saves, int count) throws InterruptedException {
        Instant limit = Instant.now().plus(BURST_LIMIT);
        while (saves.get() <= count) {
            assertThat(Instant.now()).as("saves answered in time; %d so far", saves.get()).isBefore(limit);
            Thread.sleep(1);
        }
    }

    private static final Pattern URI_PATH = Pattern.compile("^https?://[^/]+");

    /** Saves the story with a numbered body until the server stops answering; counts each answered save. */
    private static void saveUntilRefused(Browser editor, String story, AtomicInteger acknowledged) {
        Instant limit = Instant.now().plus(BURST_LIMIT);
        try {
            for (int n = 1; Instant.now().isBefore(limit); n++) {
                String page = editor.get(story).body();
                Matcher version = VERSION.matcher(page);
                if (!version.find()) {
                    return;
                }
                Map<String, String> form = Browser.csrfFieldOf(page);
                form.putAll(Map.of("version", version.group(1), "headline", "Council meets through the night",
                        "dek", "Saved again and again.", "section", selected(SELECTED_SECTION, page),
                        "bylines", selected(SELECTED_BYLINE, page), "slug", "council-meets-through-the-night",
                        "body", body(n), "action", "save"));
                if (editor.post(story, form).statusCode() != 303) {
                    return;
                }
                acknowledged.set(n);
            }
        } catch (AssertionError serverGone) {
            // the request in flight when the server died: not acknowledged, so not counted
        }
    }

    private static final Pattern SELECTED_SECTION = Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\">Crash desk");
    private static final Pattern SELECTED_BYLINE = Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\">Nora Nightshift");

    private static String selected(Pattern option, String page) {
        Matcher selected = option.matcher(page);
        assertThat(selected.find()).as("the editor shows the story's choice: %s", option).isTrue();
        return selected.group(1);
    }

    private static String body(int save) {
        return "<p>Council minutes, save number " + save + " of the night.</p>";
    }

    private static final Pattern SAVE_NUMBER = Pattern.compile("save number (\\d+) of the night");

    private static int lastSaveIn(String editorPage) {
        Matcher save = SAVE_NUMBER.matcher(editorPage);
        assertThat(save.find()).as("the editor shows the story's body").isTrue();
        return Integer.parseInt(save.group(1));
    }
}
