package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.section.SectionService;

/**
 * Moving a WordPress site in, as an editor does it: the export uploaded through the admin screen
 * over HTTP, the job's page followed until "Import finished", then the public site as readers get
 * it (both times, sections, bylines, the 301s from the old addresses), a second run of the same
 * file and a newer export, and files refused before anything changes. Every export here is made
 * from {@code wxr/ledger.xml} with this test's own names, post IDs and addresses.
 */
class WordPressImportIT extends ContainerTest {

    private static final Pattern JOB = Pattern.compile("/admin/imports/([0-9]+)$");

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleService articleService;

    @Inject
    SectionService sections;

    private String u;
    private long p1;
    private Browser editor;

    @BeforeEach
    void newsroomMovingIn() {
        u = newsroom.unique();
        p1 = ThreadLocalRandom.current().nextLong(1_000_000, 900_000_000);
        editor = newsroom.signedIn(newsroom.editor());
    }

    @Test
    void anExportUploadedThroughTheScreenGoesLiveWithItsTimesSectionsBylinesAndOldAddresses() {
        String screen = editor.get("/admin/imports").body();
        assertThat(screen).contains("<label for=\"file\">WordPress export file</label>",
                "<input id=\"file\" name=\"file\" type=\"file\"", "<button type=\"submit\">Import</button>",
                "enctype=\"multipart/form-data\"", ">Import</a>");

        String report = finished(upload(export()));
        assertThat(report).contains("<h1>Import finished</h1>", "<progress id=\"import-progress\"",
                "See the imported stories");
        assertThat(count(report, "imported")).isEqualTo(3);
        assertThat(count(report, "skipped")).isEqualTo(3);
        assertThat(count(report, "failed")).isZero();
        // every skipped item, with its title and the reason
        assertThat(report).containsSubsequence("<h2 id=\"skipped-title\">Skipped</h2>", "About us", "A WordPress page, not a post");
        assertThat(report).contains("ferry-" + u + ".jpg", "A media file (attachment)", "Old news, binned", "In WordPress&#39;s trash");
        assertThat(report).contains("Shortcodes kept as text: [price]");
        assertThat(report).contains("Eddie Editor");

        Browser reader = newsroom.reader();
        String base = newsroom.base();
        String budgetPath = "/city-" + u + "/council-" + u + "/2021/12/15/council-passes-river-budget-" + u;
        HttpResponse<String> budget = reader.get(budgetPath);
        assertThat(budget.statusCode()).as(budgetPath).isEqualTo(200);
        assertThat(budget.body()).containsSubsequence(
                "Council " + u + "</a>",
                "<h1>Council passes the river budget</h1>",
                "<p class=\"dek\">Seven votes to two, after a long night.</p>",
                "Mara Vance " + u,
                "<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>",
                "Updated: <time datetime=\"2021-12-15T14:38:00-05:00\">December 15, 2021 2:38pm</time>",
                "<p>The council voted 7 to 2 on Wednesday.</p>");
        assertThat(budget.body()).doesNotContain("wp:paragraph", "mvance");

        // across the change to daylight saving time: 07:30 UTC on March 14, 2021 is 3:30am in New York
        String ferryPath = "/city-" + u + "/2021/03/14/ferry-back-" + u;
        String ferry = reader.get(ferryPath).body();
        assertThat(ferry).contains("<time datetime=\"2021-03-14T03:30:00-04:00\">March 14, 2021 3:30am</time>",
                "Tunde Okafor " + u, "<p>The ferry sailed at dawn.<br>", "<figure>", "<figcaption>The ferry leaves the dock.</figcaption>");
        assertThat(ferry).as("modified when published: no update to show").doesNotContain("Updated:");

        // the old addresses, whatever their shape, answer 301 to the story
        assertThat(redirect(reader, "/2021/12/15/council-passes-river-budget-" + u + "/")).isEqualTo(base + budgetPath);
        assertThat(redirect(reader, "/2021/12/15/council-passes-river-budget-" + u)).isEqualTo(base + budgetPath);
        assertThat(redirect(reader, "/?p=" + p1)).isEqualTo(base + budgetPath);
        assertThat(redirect(reader, "/2021/03/14/ferry-back-" + u + "/")).isEqualTo(base + ferryPath);
        // the draft is no page for readers, at its old address either
        assertThat(reader.get("/?p=" + (p1 + 2)).statusCode()).isEqualTo(200); // the home page, as WordPress would
        assertThat(reader.get("/?p=" + (p1 + 2)).headers().firstValue("Location")).isEmpty();

        Article imported = articles.findByPath("/2021/12/15/council-passes-river-budget-" + u).orElseThrow();
        List<Revision> history = articleService.revisions(imported.getId());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).getNote()).isEqualTo("Imported from WordPress (post " + p1 + ", GUID https://ledger.example.org/?p="
                + p1 + ")");
        Article draft = draftOf("Bridge plans, a draft");
        assertThat(draft.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.getFirstPublishedAt()).isEmpty();
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndANewerExportUpdatesOnlyWhatWasNotEditedHere() {
        String export = export();
        finished(upload(export));
        Article budget = articles.findByPath("/2021/12/15/council-passes-river-budget-" + u).orElseThrow();
        Article ferry = articles.findByPath("/2021/03/14/ferry-back-" + u).orElseThrow();
        int sectionsBefore = sections.all().size();

        String again = finished(upload(export));
        assertThat(count(again, "imported")).isZero();
        assertThat(count(again, "updated")).isZero();
        assertThat(count(again, "unchanged")).isEqualTo(3);
        assertThat(articleService.revisions(budget.getId())).hasSize(1);
        assertThat(articleService.get(budget.getId()).getVersion()).isEqualTo(budget.getVersion());
        assertThat(sections.all()).hasSize(sectionsBefore);

        // the ferry story is edited in Newsdesk; then a newer export changes both stories
        newsroom.save(ferry, Story.of(ferry).body("<p>The ferry sailed at dawn, said the desk.</p>"));
        String newer = export
                .replace("Work starts in <strong>spring</strong>.", "Work starts in <strong>April</strong>.")
                .replace("<wp:post_modified_gmt><![CDATA[2021-12-15 19:38:00]]>", "<wp:post_modified_gmt><![CDATA[2021-12-16 15:05:00]]>")
                .replace("Everyone cheered.", "Everyone cheered loudly.");
        String third = finished(upload(newer));
        assertThat(count(third, "updated")).isEqualTo(1);
        assertThat(count(third, "skipped")).isEqualTo(4);
        assertThat(third).containsSubsequence("Ferry back on the water", "Changed in Newsdesk since it was imported");

        String page = newsroom.reader().get("/city-" + u + "/council-" + u + "/2021/12/15/council-passes-river-budget-" + u).body();
        assertThat(page).contains("Work starts in <strong>April</strong>.",
                "<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>",
                "Updated: <time datetime=\"2021-12-16T10:05:00-05:00\">December 16, 2021 10:05am</time>");
        List<Revision> history = articleService.revisions(budget.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getNote()).startsWith("Updated from a newer WordPress export");
        assertThat(newsroom.reader().get("/city-" + u + "/2021/03/14/ferry-back-" + u).body())
                .as("the desk's edit is not overwritten").doesNotContain("Everyone cheered loudly");
        assertThat(articleService.get(ferry.getId()).getBody()).contains("said the desk");
    }

    @Test
    void withUpdatesOffReadersSeeOnlyThePublishedTime() {
        String report = finished(upload(export(), false));
        assertThat(count(report, "imported")).isEqualTo(3);
        String page = newsroom.reader().get("/city-" + u + "/council-" + u + "/2021/12/15/council-passes-river-budget-" + u).body();
        assertThat(page).contains("<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>")
                .doesNotContain("Updated:");
    }

    @Test
    void aMalformedFileIsRefusedWithItsReasonAndNothingChanges() {
        int sectionsBefore = sections.all().size();
        String export = export();
        String cutOff = export.substring(0, export.indexOf("<title><![CDATA[Bridge plans"));

        String refused = finished(upload(cutOff));
        assertThat(refused).contains("<h1>Import refused</h1>", "cut off", "Nothing was imported");
        assertThat(finished(upload("PK\u0003\u0004 a zip file, not an export"))).contains("<h1>Import refused</h1>", "not XML");
        assertThat(finished(upload("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss><channel><title>&x;</title></channel></rss>")))
                .contains("<h1>Import refused</h1>", "document type").doesNotContain("root:x:");

        assertThat(sections.all()).as("no section made from the refused files").hasSize(sectionsBefore);
        assertThat(articles.findByPath("/2021/12/15/council-passes-river-budget-" + u)).isEmpty();
        assertThat(newsroom.reader().get("/2021/12/15/council-passes-river-budget-" + u + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadWithoutTheFormsTokenOrByAWriterChangesNothing() {
        int sectionsBefore = sections.all().size();
        HttpResponse<String> forged = editor.postFile("/admin/imports/upload", Map.of(), "file", "export.xml",
                export().getBytes(StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);

        Browser writer = newsroom.signedIn(newsroom.writer());
        assertThat(writer.get("/admin/imports").statusCode()).isEqualTo(403);
        assertThat(writer.get("/admin/").body()).doesNotContain(">Import</a>");
        Map<String, String> form = Browser.csrfFieldOf(writer.get("/admin/").body());
        assertThat(writer.postFile("/admin/imports/upload", form, "file", "export.xml", export().getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);

        Waiting.sleep(Duration.ofSeconds(2));
        assertThat(sections.all()).hasSize(sectionsBefore);
    }

    @Test
    void anUploadWithoutAFileIsRefusedAtTheField() {
        Map<String, String> form = Browser.csrfFieldOf(editor.get("/admin/imports").body());
        HttpResponse<String> empty = editor.postFile("/admin/imports/upload", form, "file", "", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(303);
        String screen = editor.get("/admin/imports").body();
        assertThat(screen).contains("Error: Import from WordPress", "Choose the WordPress export file", "aria-invalid=\"true\"");
    }

    // --- helpers ------------------------------------------------------------------------------

    private String export() {
        try (InputStream in = WordPressImportIT.class.getResourceAsStream("/wxr/ledger.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{u}", u)
                    .replace("{p1}", String.valueOf(p1)).replace("{p2}", String.valueOf(p1 + 1))
                    .replace("{p3}", String.valueOf(p1 + 2)).replace("{p4}", String.valueOf(p1 + 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String upload(String export) {
        return upload(export, true);
    }

    /** Uploads through the screen's form, as the editor's browser posts it; the job page's path. */
    private String upload(String export, boolean showUpdates) {
        Map<String, String> form = Browser.csrfFieldOf(editor.get("/admin/imports").body());
        if (showUpdates) {
            form.put("showUpdates", "on");
        }
        HttpResponse<String> sent = editor.postFile("/admin/imports/upload", form, "file", "ledger-" + u + ".xml",
                export.getBytes(StandardCharsets.UTF_8));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        Matcher job = JOB.matcher(location);
        assertThat(job.find()).as(location).isTrue();
        return "/admin/imports/" + job.group(1);
    }

    /** The job's page once the import is over, as the editor sees it. */
    private String finished(String jobPath) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String[] page = new String[1];
        boolean over = Waiting.until(deadline, () -> {
            page[0] = editor.get(jobPath).body();
            return !page[0].contains("<h1>Importing</h1>");
        });
        assertThat(over).as("the import at %s ended in time:%n%s", jobPath, page[0]).isTrue();
        assertThat(page[0]).doesNotContain("http-equiv=\"refresh\"");
        return page[0];
    }

    private static int count(String report, String kind) {
        Matcher count = Pattern.compile("<dd id=\"count-" + kind + "\">([0-9]+)</dd>").matcher(report);
        assertThat(count.find()).as("the report counts " + kind).isTrue();
        return Integer.parseInt(count.group(1));
    }

    private static String redirect(Browser reader, String path) {
        HttpResponse<String> answer = reader.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(301);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** The story the import made of a draft, found in its section (this test's own). */
    private Article draftOf(String headline) {
        long city = sections.all().stream().filter(section -> section.getName().equals("City " + u)).findFirst().orElseThrow().getId();
        return articleService.list(org.newsdesk.cms.article.ArticleFilter.all().inSection(city).headlineContaining(headline), 1, 50)
                .articles().stream().map(summary -> articleService.get(summary.id())).findFirst().orElseThrow();
    }
}
