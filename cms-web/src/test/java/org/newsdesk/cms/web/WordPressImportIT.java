package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
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
import org.newsdesk.cms.importing.ImportJob;
import org.newsdesk.cms.importing.WordPressImports;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.section.SectionService;

/**
 * Moving a WordPress site in, as an editor does it: the export uploaded through the admin screen
 * over HTTP, the job's page followed until "Import finished", then the public site as readers get
 * it (both times, sections, bylines, the 301s from the old addresses), a second run of the same
 * file and a newer export, and files refused before anything changes. Every export here is made
 * from {@link #LEDGER} with this test's own names, post IDs and addresses.
 */
class WordPressImportIT extends ContainerTest {

    private static final Pattern JOB = Pattern.compile("/admin/imports/([0-9]+)$");

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleService articleService;

    @Inject
    SectionService sections;

    @Inject
    WordPressImports imports;

    @Inject
    org.newsdesk.cms.media.MediaLibrary media;

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
        assertThat(count(report, "skipped")).isEqualTo(2);
        assertThat(count(report, "failed")).isZero();
        // every skipped item, with its title and the reason
        assertThat(report).containsSubsequence("<h2 id=\"skipped-title\">Skipped</h2>", "About us", "A WordPress page, not a post");
        assertThat(report).contains("Old news, binned", "In WordPress&#39;s trash");
        // the attachment without the uploads zip: one line for all, and images keep their addresses
        assertThat(report).contains("The export lists 1 media file, and no zip of the site&#39;s wp-content/uploads folder came with it");
        assertThat(report).as("no line of its own").doesNotContain(">ferry.jpg<");
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
        // the post's tags are the story's keywords, for search engines: trimmed, the repeat dropped
        assertThat(budget.body()).contains("\"keywords\":\"budget, River Crossing\"");

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
        assertThat(imported.getKeywords()).containsExactly("budget", "River Crossing");
        assertThat(history.get(0).getKeywords()).containsExactly("budget", "River Crossing");
        // the content API shows them with the live story; the editor's form has them to change
        assertThat(reader.get("/api/v1/public/articles/" + imported.getId()).body())
                .contains("\"keywords\":[\"budget\",\"River Crossing\"]");
        assertThat(editor.get("/admin/articles/" + imported.getId()).body()).contains("<label for=\"keywords\">Keywords</label>",
                "value=\"budget, River Crossing\"");
        Article draft = draftOf("Bridge plans, a draft");
        assertThat(draft.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.getFirstPublishedAt()).isEmpty();
    }

    @Test
    void importedKeywordsAreEditedInTheEditorWithLimitsAtTheFieldVersionedAndGoLiveWithAPublish() {
        finished(upload(export()));
        Article budget = articles.findByPath("/2021/12/15/council-passes-river-budget-" + u).orElseThrow();
        String budgetPath = "/city-" + u + "/council-" + u + "/2021/12/15/council-passes-river-budget-" + u;

        String tooMany = String.join(", ", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "word" + i).toList());
        String refused = editor.post("/admin/articles/" + budget.getId(), editorForm(budget.getId(), tooMany, "save")).body();
        assertThat(refused).contains("There is a problem", "href=\"#keywords\">A story can have at most 20 keywords; this one has 21.</a>",
                "id=\"keywords-problem\"", "value=\"" + tooMany + "\"");
        assertThat(articleService.get(budget.getId()).getKeywords()).as("nothing saved").containsExactly("budget", "River Crossing");

        assertThat(editor.post("/admin/articles/" + budget.getId(), editorForm(budget.getId(), " transit ,Budget, TRANSIT,, ferries",
                "save")).statusCode()).isEqualTo(303);
        assertThat(articleService.get(budget.getId()).getKeywords()).containsExactly("transit", "Budget", "ferries");
        assertThat(editor.get("/admin/articles/" + budget.getId() + "/revisions").body())
                .as("the comparison of the two revisions shows the keywords changed").contains("Keywords", "ferries");
        Browser reader = newsroom.reader();
        assertThat(reader.get(budgetPath).body()).as("a saved draft is not what readers see")
                .contains("\"keywords\":\"budget, River Crossing\"");

        newsroom.publish(articleService.get(budget.getId()));
        assertThat(reader.get(budgetPath).body()).contains("\"keywords\":\"transit, Budget, ferries\"");
        // restoring the imported revision brings its keywords back as the draft's
        Article restored = articleService.restore(newsroom.editor(), budget.getId(), articleService.get(budget.getId()).getVersion(), 1);
        assertThat(restored.getKeywords()).containsExactly("budget", "River Crossing");
    }

    /** The article editor's form as it stands, with these keywords typed and this button pressed. */
    private Map<String, String> editorForm(long articleId, String keywords, String action) {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/admin/articles/" + articleId).body());
        Map<String, String> form = Browser.csrfFieldOf(page.html());
        for (String field : List.of("version", "headline", "slug")) {
            form.put(field, page.select("input[name=" + field + "]").val());
        }
        for (String field : List.of("dek", "body")) {
            form.put(field, page.select("textarea[name=" + field + "]").text());
        }
        form.put("section", page.select("select[name=section] option[selected]").val());
        form.put("bylines", page.select("select[name=bylines] option[selected]").val());
        form.put("keywords", keywords);
        form.put("action", action);
        return form;
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
        assertThat(count(third, "skipped")).isEqualTo(3);
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

    /**
     * The export with the site's uploads folder as a zip (issue 13): the attachment, listed after
     * the post that shows it, goes into the media library with its alt text and caption, is the
     * post's lead image (its featured image), and the body's image of it, in a size WordPress
     * made, shows the library's picture.
     */
    @Test
    void anUploadsZipBringsTheAttachmentsIntoTheLibraryAsLeadAndBodyPictures() throws Exception {
        String uploads = "https://ledger.example.org/wp-content/uploads/2021/03/";
        String export = export()
                .replace("https://ledger.example.org/wp-content/uploads/ferry.jpg", uploads + "ferry-" + u + "-300x200.jpg")
                .replace("<wp:post_name><![CDATA[ferry-back-" + u + "]]></wp:post_name>", "<wp:post_name><![CDATA[ferry-back-" + u
                        + "]]></wp:post_name>\n\t\t<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>"
                        + "<wp:meta_value><![CDATA[7]]></wp:meta_value></wp:postmeta>")
                .replace("<wp:post_type><![CDATA[attachment]]></wp:post_type>", "<wp:post_type><![CDATA[attachment]]></wp:post_type>\n"
                        + "\t\t<excerpt:encoded><![CDATA[Crossing at first light.]]></excerpt:encoded>\n"
                        + "\t\t<wp:attachment_url><![CDATA[" + uploads + "ferry-" + u + ".jpg]]></wp:attachment_url>\n"
                        + "\t\t<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key>"
                        + "<wp:meta_value><![CDATA[The ferry at the north dock " + u + "]]></wp:meta_value></wp:postmeta>");
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream writer = new java.util.zip.ZipOutputStream(zip)) {
            writer.putNextEntry(new java.util.zip.ZipEntry("wp-content/uploads/2021/03/ferry-" + u + ".jpg"));
            writer.write(Pictures.jpeg(1600, 1000, u.hashCode()));
            writer.closeEntry();
            writer.putNextEntry(new java.util.zip.ZipEntry("../../escape-" + u + ".jpg"));
            writer.write(Pictures.jpeg(40, 30, 1));
            writer.closeEntry();
        }
        Map<String, String> form = Browser.csrfFieldOf(editor.get("/admin/imports").body());
        form.put("showUpdates", "on");
        HttpResponse<String> sent = editor.postFiles("/admin/imports/upload", form, Map.of(
                "file", Map.entry("ledger-" + u + ".xml", export.getBytes(StandardCharsets.UTF_8)),
                "uploads", Map.entry("uploads-" + u + ".zip", zip.toByteArray())));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        Matcher job = JOB.matcher(sent.headers().firstValue("Location").orElseThrow());
        assertThat(job.find()).isTrue();
        String report = finished("/admin/imports/" + job.group(1));
        assertThat(count(report, "imported")).isEqualTo(3);
        assertThat(count(report, "failed")).isZero();
        assertThat(report).contains("1 of the export&#39;s 1 media files are in the media library (1 new)");

        MediaImage picture = media.page("The ferry at the north dock " + u, 1).images().stream().findFirst().orElseThrow();
        assertThat(picture.getCaption()).isEqualTo("Crossing at first light.");
        assertThat(Waiting.until(Instant.now().plusSeconds(60), () -> media.get(picture.getId()).isUsable())).isTrue();
        Article ferry = articles.findByPath("/2021/03/14/ferry-back-" + u).orElseThrow();
        assertThat(ferry.getLiveLeadImageId()).as("the featured image is the live lead image").hasValue(picture.getId());

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(newsroom.reader().get("/city-" + u + "/2021/03/14/ferry-back-" + u).body());
        assertThat(page.select("figure.lead-image img").attr("alt")).isEqualTo("The ferry at the north dock " + u);
        org.jsoup.nodes.Element inBody = page.selectFirst(".story-body figure img");
        assertThat(inBody.attr("src")).contains("/media/" + picture.getId() + "-w640-").doesNotContain("ledger.example.org");
        assertThat(inBody.attr("srcset")).contains(" 320w");
        assertThat(inBody.attr("alt")).as("the post's own alt text").isEqualTo("The ferry");
        assertThat(inBody.attr("loading")).isEqualTo("lazy");
        assertThat(page.select(".story-body figure figcaption").text()).isEqualTo("The ferry leaves the dock.");
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
        Long jobsBefore = latestJob();
        HttpResponse<String> forged = editor.postFile("/admin/imports/upload", Map.of(), "file", "export.xml",
                export().getBytes(StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);

        Browser writer = newsroom.signedIn(newsroom.writer());
        assertThat(writer.get("/admin/imports").statusCode()).isEqualTo(403);
        assertThat(writer.get("/admin/").body()).doesNotContain(">Import</a>");
        Map<String, String> form = Browser.csrfFieldOf(writer.get("/admin/").body());
        assertThat(writer.postFile("/admin/imports/upload", form, "file", "export.xml", export().getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);

        // the job row is made by the upload itself, before its answer: none may be there
        assertThat(latestJob()).as("no import job recorded").isEqualTo(jobsBefore);
        assertThat(sections.all()).hasSize(sectionsBefore);
    }

    /**
     * The failsafe environment sets CMS_IMPORT_MAX_MB=1 for the container tests. The file here is
     * just over 1 MB and the whole body within the Content-Length allowance, so it is the
     * container's multipart limit, counted while the body streams in, that refuses it.
     */
    @Test
    void anExportOverTheSizeLimitIsRefusedAtTheFieldAndNothingIsImported() {
        int sectionsBefore = sections.all().size();
        Long jobsBefore = latestJob();
        StringBuilder padded = new StringBuilder(export());
        int end = padded.lastIndexOf("</rss>");
        padded.insert(end, "<!-- " + "x".repeat(1024 * 1024 + 16 * 1024) + " -->\n");
        Map<String, String> form = Browser.csrfFieldOf(editor.get("/admin/imports").body());
        HttpResponse<String> sent = editor.postFile("/admin/imports/upload", form, "file", "ledger-" + u + ".xml",
                padded.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/admin/imports#file");
        String screen = editor.get("/admin/imports").body();
        assertThat(screen).contains("Error: Import from WordPress", "Newsdesk takes exports of at most 1 MB",
                "aria-invalid=\"true\"");
        assertThat(latestJob()).as("no import job recorded").isEqualTo(jobsBefore);
        assertThat(sections.all()).hasSize(sectionsBefore);
        assertThat(articles.findByPath("/2021/12/15/council-passes-river-budget-" + u)).isEmpty();
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

    private Long latestJob() {
        return imports.latest(1).stream().map(ImportJob::getId).findFirst().orElse(null);
    }

    private String export() {
        return LEDGER.replace("{u}", u)
                .replace("{p1}", String.valueOf(p1)).replace("{p2}", String.valueOf(p1 + 1))
                .replace("{p3}", String.valueOf(p1 + 2)).replace("{p4}", String.valueOf(p1 + 3));
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
        return articleService.list(org.newsdesk.cms.article.ArticleFilter.all().inSection(city), 1, 50)
                .articles().stream().filter(summary -> summary.headline().contains(headline))
                .map(summary -> articleService.get(summary.id())).findFirst().orElseThrow();
    }

    /** A small WordPress export, as WordPress writes one (tabs, CDATA, comments and postmeta included). */
    private static final String LEDGER = """
<?xml version="1.0" encoding="UTF-8" ?>
<!-- A WordPress export for WordPressImportIT: {u} makes its names and addresses its own, {p1}..{p4} its post IDs; two categories (one under the other), two
     authors, a Gutenberg post, a classic post with a caption, a draft, a page and an attachment. -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>The Riverside Ledger</title>
	<link>https://ledger.example.org</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://ledger.example.org</wp:base_site_url>
	<wp:base_blog_url>https://ledger.example.org</wp:base_blog_url>
	<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[mvance{u}]]></wp:author_login><wp:author_email><![CDATA[m@example.org]]></wp:author_email><wp:author_display_name><![CDATA[Mara Vance {u}]]></wp:author_display_name></wp:author>
	<wp:author><wp:author_id>3</wp:author_id><wp:author_login><![CDATA[tokafor{u}]]></wp:author_login><wp:author_display_name><![CDATA[Tunde Okafor {u}]]></wp:author_display_name></wp:author>
	<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename><![CDATA[city-{u}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[City {u}]]></wp:cat_name></wp:category>
	<wp:category><wp:term_id>5</wp:term_id><wp:category_nicename><![CDATA[council-{u}]]></wp:category_nicename><wp:category_parent><![CDATA[city-{u}]]></wp:category_parent><wp:cat_name><![CDATA[Council {u}]]></wp:cat_name></wp:category>
	<item>
		<title><![CDATA[Council passes the river budget]]></title>
		<link>https://ledger.example.org/2021/12/15/council-passes-river-budget-{u}/</link>
		<dc:creator><![CDATA[mvance{u}]]></dc:creator>
		<guid isPermaLink="false">https://ledger.example.org/?p={p1}</guid>
		<content:encoded><![CDATA[<!-- wp:paragraph -->
<p>The council voted 7 to 2 on Wednesday.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Work starts in <strong>spring</strong>.</p>
<!-- /wp:paragraph -->]]></content:encoded>
		<excerpt:encoded><![CDATA[Seven votes to two, after a long night.]]></excerpt:encoded>
		<wp:post_id>{p1}</wp:post_id>
		<wp:post_date><![CDATA[2021-12-15 12:49:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2021-12-15 17:49:00]]></wp:post_date_gmt>
		<wp:post_modified><![CDATA[2021-12-15 14:38:00]]></wp:post_modified>
		<wp:post_modified_gmt><![CDATA[2021-12-15 19:38:00]]></wp:post_modified_gmt>
		<wp:post_name><![CDATA[council-passes-river-budget-{u}]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="council-{u}"><![CDATA[Council {u}]]></category>
		<category domain="post_tag" nicename="budget"><![CDATA[budget]]></category>
		<category domain="post_tag" nicename="river-crossing"><![CDATA[ River Crossing ]]></category>
		<category domain="post_tag" nicename="budget-2"><![CDATA[Budget]]></category>
		<wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[2]]></wp:meta_value></wp:postmeta>
		<wp:comment><wp:comment_id>9</wp:comment_id><wp:comment_content><![CDATA[Great news]]></wp:comment_content></wp:comment>
	</item>
	<item>
		<title><![CDATA[Ferry back on the water]]></title>
		<link>https://ledger.example.org/2021/03/14/ferry-back-{u}/</link>
		<dc:creator><![CDATA[tokafor{u}]]></dc:creator>
		<guid isPermaLink="false">https://ledger.example.org/?p={p2}</guid>
		<content:encoded><![CDATA[The ferry sailed at dawn.
Everyone cheered.

[caption id="attachment_7" align="alignnone" width="300"]<img src="https://ledger.example.org/wp-content/uploads/ferry.jpg" alt="The ferry" width="300" height="200" /> The ferry leaves the dock.[/caption]

Tickets cost [price amount="2"] each.]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>{p2}</wp:post_id>
		<wp:post_date_gmt><![CDATA[2021-03-14 07:30:00]]></wp:post_date_gmt>
		<wp:post_modified_gmt><![CDATA[2021-03-14 07:30:00]]></wp:post_modified_gmt>
		<wp:post_name><![CDATA[ferry-back-{u}]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="city-{u}"><![CDATA[City {u}]]></category>
	</item>
	<item>
		<title><![CDATA[Bridge plans, a draft]]></title>
		<link>https://ledger.example.org/?p={p3}</link>
		<dc:creator><![CDATA[mvance{u}]]></dc:creator>
		<guid isPermaLink="false">https://ledger.example.org/?p={p3}</guid>
		<content:encoded><![CDATA[Not ready yet.]]></content:encoded>
		<wp:post_id>{p3}</wp:post_id>
		<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
		<wp:post_modified_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_modified_gmt>
		<wp:post_name><![CDATA[]]></wp:post_name>
		<wp:status><![CDATA[draft]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="city-{u}"><![CDATA[City {u}]]></category>
	</item>
	<item>
		<title><![CDATA[About us]]></title>
		<link>https://ledger.example.org/about/</link>
		<dc:creator><![CDATA[mvance{u}]]></dc:creator>
		<guid isPermaLink="false">https://ledger.example.org/?page_id={p4}0</guid>
		<content:encoded><![CDATA[We cover the river towns.]]></content:encoded>
		<wp:post_id>2</wp:post_id>
		<wp:post_date_gmt><![CDATA[2020-01-01 10:00:00]]></wp:post_date_gmt>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[page]]></wp:post_type>
	</item>
	<item>
		<title><![CDATA[ferry.jpg]]></title>
		<link>https://ledger.example.org/ferry-back-{u}/ferry/</link>
		<guid isPermaLink="false">https://ledger.example.org/wp-content/uploads/ferry-{u}.jpg</guid>
		<wp:post_id>7</wp:post_id>
		<wp:status><![CDATA[inherit]]></wp:status>
		<wp:post_type><![CDATA[attachment]]></wp:post_type>
	</item>
	<item>
		<title><![CDATA[Old news, binned]]></title>
		<link>https://ledger.example.org/?p={p4}</link>
		<dc:creator><![CDATA[mvance{u}]]></dc:creator>
		<guid isPermaLink="false">https://ledger.example.org/?p={p4}</guid>
		<content:encoded><![CDATA[Gone.]]></content:encoded>
		<wp:post_id>{p4}</wp:post_id>
		<wp:post_date_gmt><![CDATA[2021-01-01 10:00:00]]></wp:post_date_gmt>
		<wp:status><![CDATA[trash]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="city-{u}"><![CDATA[City {u}]]></category>
	</item>
</channel>
</rss>
""";
}
