package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.media.RenditionRecovery;
import org.newsdesk.cms.publishing.PublishingService;
import org.newsdesk.cms.section.Section;

/**
 * The media library on the real WAR (issue 13): uploads through the admin form (good, too big,
 * not a picture, SVG, without the CSRF token), renditions served with their caching headers and
 * no metadata, a story's lead image on its public page with every attribute readers and crawlers
 * need, a caption change reaching the cached live page, and deletion refused while a story shows
 * the picture.
 */
class MediaIT extends ContainerTest {

    @Inject
    MediaLibrary media;

    @Inject
    PublishingService publishing;

    @Inject
    RenditionRecovery recovery;

    @jakarta.annotation.Resource(lookup = org.newsdesk.cms.persistence.DatabaseMigrations.DATASOURCE)
    javax.sql.DataSource dataSource;


    @Test
    void aPhotoUploadedThroughTheFormIsServedAtEveryWidthWithoutItsGpsPosition() {
        Browser writer = newsroom.signedIn(newsroom.writer());
        Map<String, String> form = Browser.csrfFieldOf(writer.get("/admin/media/new").body());
        form.put("alt", "Council chamber " + newsroom.unique());
        form.put("caption", "The chamber before the vote.");
        form.put("credit", "Photo: Ada Reporter");
        HttpResponse<String> uploaded = writer.postMultipart("/admin/media/upload", form, "file",
                Map.of("chamber.jpg", Pictures.jpegWithGps(1400, 900, 1)));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MediaImage image = ready(id);

        assertThat(image.widths()).extracting(r -> r.getWidth()).containsExactly(320, 640, 960, 1280);
        assertThat(image.rendition("16x9")).isPresent();
        String phone = "/media/" + id + "-w320-" + image.rendition("w320").orElseThrow().getContentHash() + ".jpg";
        HttpResponse<byte[]> served = newsroom.reader().getBytes(phone, Map.of());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        String bytesAsText = new String(served.body(), StandardCharsets.ISO_8859_1);
        assertThat(bytesAsText).doesNotContain(Pictures.SECRET_PLACE).doesNotContain("Exif");

        assertThat(newsroom.reader().getBytes(phone, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> part = newsroom.reader().getBytes(phone, Map.of("Range", "bytes=0-99"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).hasSize(100).isEqualTo(Arrays.copyOf(served.body(), 100));
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + served.body().length);
        assertThat(newsroom.reader().getBytes("/media/" + id + "-w320-0000000000000000.jpg", Map.of()).statusCode()).isEqualTo(404);

        Document grid = Jsoup.parse(writer.get("/admin/media?q=" + newsroom.unique()).body());
        assertThat(grid.select("#picture-" + id + " img").attr("src")).endsWith(phone);
        assertThat(grid.select("nav[aria-label=Admin] a[aria-current=page]").text()).isEqualTo("Media");
    }

    @Test
    void refusedUploadsSayWhyAtTheFileField() {
        Browser writer = newsroom.signedIn(newsroom.writer());
        assertThat(refusal(writer, "notes.jpg", "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII)))
                .contains("is not a JPEG, PNG, WebP or GIF picture");
        assertThat(refusal(writer, "logo.png", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8)))
                .contains("SVG files are not accepted");
        byte[] huge = new byte[26 * 1024 * 1024];
        System.arraycopy(Pictures.jpeg(40, 30, 2), 0, huge, 0, 100);
        assertThat(refusal(writer, "huge.jpg", huge)).contains("pictures can be at most 25 MB");

        // the typed alt text is kept for the next try; nothing was added
        Document form = Jsoup.parse(writer.get("/admin/media/new").body());
        assertThat(form.select("#error-summary")).isEmpty();
        assertThat(media.page(newsroom.unique(), 1).images()).isEmpty();

        Map<String, String> noToken = new java.util.LinkedHashMap<>(Map.of("alt", "x"));
        assertThat(writer.postMultipart("/admin/media/upload", noToken, "file", Map.of("a.png", Pictures.png(20, 20, 3)))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theLeadImageStandsBetweenDekAndBylineWithEverythingReadersAndCrawlersNeed() {
        long imageId = describedPicture("Firefighters at the warehouse", "Crews fought the fire overnight.", "Photo: Ada Reporter");
        Story2 story = livingStoryWith(imageId, "Warehouse fire");

        Document page = Jsoup.parse(newsroom.reader().get(story.path()).body());
        Element header = page.selectFirst("header.story-header");
        List<String> order = header.children().stream().map(e -> e.tagName() + "." + e.className()).toList();
        assertThat(order).containsSubsequence("p.dek", "figure.lead-image", "p.byline");
        Element img = header.selectFirst("figure.lead-image img");
        assertThat(img.attr("alt")).isEqualTo("Firefighters at the warehouse");
        assertThat(img.attr("srcset")).contains(" 320w").contains(" 640w").contains(" 1280w").contains(" 1920w");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("480");
        assertThat(img.hasAttr("loading")).as("the largest paint is not lazy").isFalse();
        assertThat(header.select("figcaption").text()).contains("Crews fought the fire overnight.").contains("Photo: Ada Reporter");
        assertThat(page.select("meta[property=og:image]").attr("content")).startsWith("http").contains("-16x9-");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("675");
        assertThat(page.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Firefighters at the warehouse");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
        assertThat(jsonLd).contains("\"image\":[").contains("-16x9-").contains("-4x3-").contains("-1x1-");
        String src = img.attr("src");
        assertThat(src).as("absolute, with the site's context path").startsWith(newsroom.serverRoot() + newsroom.contextPath() + "/media/");
        assertThat(newsroom.reader().getBytes(src.substring((newsroom.serverRoot() + newsroom.contextPath()).length()), Map.of())
                .statusCode()).isEqualTo(200);

        // the feeds carry it as Media RSS, still a feed a strict reader takes
        String rss = newsroom.reader().get("/feed.xml").body();
        Document feed = Jsoup.parse(rss, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.selectFirst("rss").attr("xmlns:media")).as("declared once, on the root").isEqualTo("http://search.yahoo.com/mrss/");
        Element item = feed.select("item").stream().filter(i -> i.selectFirst("title").text().equals(story.headline()))
                .findFirst().orElseThrow();
        Element content = item.selectFirst("media|content");
        assertThat(content.attr("medium")).isEqualTo("image");
        assertThat(content.attr("url")).startsWith(newsroom.base() + "/media/").contains("-w1280-");
        assertThat(content.attr("width")).isEqualTo("1280");
        assertThat(content.attr("height")).isEqualTo("960");
        assertThat(content.selectFirst("media|description").text()).isEqualTo("Firefighters at the warehouse");
        assertThat(content.selectFirst("media|credit").text()).isEqualTo("Photo: Ada Reporter");
        assertThat(newsroom.reader().getBytes(content.attr("url").substring(newsroom.base().length()), Map.of()).statusCode()).isEqualTo(200);
        com.rometools.rome.io.SyndFeedInput strict = new com.rometools.rome.io.SyndFeedInput();
        strict.setXmlHealerOn(false);
        try {
            assertThat(strict.build(new java.io.StringReader(rss)).getEntries()).isNotEmpty();
        } catch (com.rometools.rome.io.FeedException e) {
            throw new AssertionError("the RSS feed with pictures is not a valid feed", e);
        }
        Document atom = Jsoup.parse(newsroom.reader().get("/atom.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(atom.select("entry media|content").attr("url")).contains("/media/");
    }

    @Test
    void aNewCaptionReachesTheCachedLivePageAtOnce() {
        long imageId = describedPicture("Voters queue outside the library", "Before the polls opened.", "Photo: Ada Reporter");
        Story2 story = livingStoryWith(imageId, "Polling day");
        String path = story.path();
        assertThat(newsroom.reader().get(path).body()).contains("Before the polls opened.");
        assertThat(newsroom.reader().get(path).body()).contains("Before the polls opened."); // now from the page cache

        Browser editor = newsroom.signedIn(newsroom.editor());
        MediaImage image = media.get(imageId);
        Map<String, String> form = Browser.csrfFieldOf(editor.get("/admin/media/" + imageId).body());
        form.putAll(Map.of("version", String.valueOf(image.getVersion()), "alt", "Voters queue outside the library",
                "caption", "The queue at 6 a.m., an hour before the polls opened.", "credit", "Photo: Bo Lensman",
                "focalX", "50", "focalY", "50"));
        assertThat(editor.post("/admin/media/" + imageId, form).statusCode()).isEqualTo(303);

        String after = newsroom.reader().get(path).body();
        assertThat(after).contains("The queue at 6 a.m., an hour before the polls opened.").contains("Photo: Bo Lensman")
                .doesNotContain("Before the polls opened.");
    }

    @Test
    void aPictureALiveStoryShowsCannotBeDeletedAndTheRefusalNamesTheStory() {
        long imageId = describedPicture("The mayor at the lectern", null, null);
        Story2 story = livingStoryWith(imageId, "Mayor resigns");
        Browser editor = newsroom.signedIn(newsroom.editor());
        Map<String, String> form = Browser.csrfFieldOf(editor.get("/admin/media/" + imageId).body());
        HttpResponse<String> refused = editor.post("/admin/media/" + imageId + "/delete", form);
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary").text()).contains("cannot be deleted").contains(story.headline());
        assertThat(page.select("#uses ~ ul a").text()).contains(story.headline());
        assertThat(media.find(imageId)).isPresent();
    }

    @Test
    void aPictureWithoutAltTextCannotBeALeadImage() {
        MediaImage bare = media.upload(newsroom.writer(), "file", "bare.png", Pictures.png(800, 600, 7), "", "", "");
        ready(bare.getId());
        Article draft = newsroom.draft(newsroom.writer(), newsroom.story("Untitled " + newsroom.unique(), desk(), ada()));
        Browser writer = newsroom.signedIn(newsroom.writer());
        Map<String, String> form = Browser.csrfFieldOf(writer.get("/admin/articles/" + draft.getId()).body());
        form.putAll(Map.of("leadImage", String.valueOf(bare.getId()), "focalX", "50", "focalY", "50"));
        assertThat(writer.post("/admin/media/lead/" + draft.getId(), form).statusCode()).isEqualTo(303);
        Document editorPage = Jsoup.parse(writer.get("/admin/articles/" + draft.getId()).body());
        assertThat(editorPage.select("#lead-image [role=alert]").text()).contains("has no alt text yet");
        assertThat(editorPage.select("#leadImage option[selected]").attr("value")).as("still no lead image").isEmpty();
    }

    /**
     * Choosing a lead image is a change of the draft saved as a revision; restoring an older
     * revision brings back the picture it had, and readers get that one on the next publish.
     */
    @Test
    void restoringARevisionBringsBackItsLeadImage() {
        long dusk = describedPicture("The harbour at dusk " + newsroom.unique(), null, null);
        long stalls = describedPicture("Fish market stalls " + newsroom.unique(), null, null);
        Article draft = newsroom.draft(newsroom.story("Harbour market reopens " + newsroom.unique(), desk(), ada()));
        String editorPath = "/admin/articles/" + draft.getId();
        Browser editor = newsroom.signedIn(newsroom.editor());
        chooseLead(editor, draft.getId(), dusk);
        chooseLead(editor, draft.getId(), stalls);
        Document history = Jsoup.parse(editor.get(editorPath + "/revisions").body());
        assertThat(history.select("main table tbody tr")).hasSize(3);
        assertThat(history.select("main table").text()).contains("Lead image chosen.");

        String restoreAction = newsroom.contextPath() + editorPath + "/revisions/2/restore";
        Map<String, String> restore = formOf(history, "form[action=" + restoreAction + "]");
        assertThat(editor.post(editorPath + "/revisions/2/restore", restore).statusCode()).isEqualTo(303);
        Document restored = Jsoup.parse(editor.get(editorPath).body());
        assertThat(restored.select("#leadImage option[selected]").attr("value")).as("revision 2's picture is the draft's again")
                .isEqualTo(String.valueOf(dusk));

        long version = Long.parseLong(restored.select("input[name=version]").attr("value"));
        publishing.publish(newsroom.editor(), draft.getId(), version, false, null);
        String href = Jsoup.parse(editor.get(editorPath).body()).select("a:containsOwn(View on site)").attr("href");
        Document page = Jsoup.parse(newsroom.reader().get(href.replaceFirst("^" + newsroom.contextPath(), "")).body());
        assertThat(page.select("figure.lead-image img").attr("alt")).isEqualTo("The harbour at dusk " + newsroom.unique());
    }

    /**
     * A library picture in the body (as the editor inserts it) reaches readers with every width as
     * srcset, the column's sizes, its width and height and lazy loading, the lead image staying the
     * one eager picture (EditorBrowserIT checks the page with the Nu validator and axe).
     */
    @Test
    void aPictureInTheBodyReachesReadersInEverySizeAndLazily() {
        long leadId = describedPicture("Divers at the quay " + newsroom.unique(), null, null);
        long bodyId = describedPicture("Divers surfacing with a crate", "The crate held the ship's bell.", "Photo: Bo Lensman");
        MediaImage inBody = media.get(bodyId);
        org.newsdesk.cms.media.Rendition named = inBody.rendition("w640").orElseThrow();
        String figure = org.newsdesk.cms.html.BodyFigure.html("/media/" + org.newsdesk.cms.media.Rendition.fileName(bodyId, "w640",
                named.getContentHash()), inBody.getAltText(), named.getWidth(), named.getHeight(), inBody.getCaption(), inBody.getCredit());
        Article draft = newsroom.draft(newsroom.story("Wreck found " + newsroom.unique(), desk(), ada())
                .body("<p>Divers found the wreck on Sunday.</p>" + figure + "<p>It sank in 1893.</p>"));
        assertThat(draft.draftContent().body()).as("the editor's figure is stored as it is").contains(figure);
        Story2 story = livingStoryWith(draft, leadId);

        String html = newsroom.reader().get(story.path()).body();
        Document page = Jsoup.parse(html);
        Element img = page.selectFirst(".story-body figure img");
        assertThat(img).as("the body's picture").isNotNull();
        assertThat(img.attr("alt")).isEqualTo("Divers surfacing with a crate");
        assertThat(img.attr("src")).startsWith(newsroom.serverRoot() + newsroom.contextPath() + "/media/" + bodyId + "-w640-");
        assertThat(img.attr("srcset")).contains(" 320w", " 640w", " 1280w", " 1920w");
        assertThat(img.attr("sizes")).isEqualTo(page.selectFirst("figure.lead-image img").attr("sizes"));
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("480");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(page.select("img:not([loading=lazy])")).as("the lead image is the only eager picture").hasSize(1)
                .allMatch(eager -> eager.parent().hasClass("lead-image"));
        assertThat(page.select(".story-body figure figcaption").text()).isEqualTo("The crate held the ship's bell. Photo: Bo Lensman");
        assertThat(newsroom.reader().getBytes(img.attr("src").substring((newsroom.serverRoot() + newsroom.contextPath()).length()),
                Map.of()).statusCode()).isEqualTo(200);

        // a picture a live story shows in its body is in use, as a lead image is
        Browser editor = newsroom.signedIn(newsroom.editor());
        HttpResponse<String> refused = editor.post("/admin/media/" + bodyId + "/delete",
                Browser.csrfFieldOf(editor.get("/admin/media/" + bodyId).body()));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("#error-summary").text()).contains(story.headline());
    }

    /** A picture typed into the body without alt text is refused at the body, and the typed body stays in the form. */
    @Test
    void aBodyPictureWithoutAltTextIsRefusedAtTheBody() {
        long imageId = describedPicture("Harbour crane", null, null);
        String src = "/media/" + org.newsdesk.cms.media.Rendition.fileName(imageId, "w640",
                media.get(imageId).rendition("w640").orElseThrow().getContentHash());
        Article draft = newsroom.draft(newsroom.writer(), newsroom.story("Crane collapses " + newsroom.unique(), desk(), ada()));
        Browser writer = newsroom.signedIn(newsroom.writer());
        Document editorPage = Jsoup.parse(writer.get("/admin/articles/" + draft.getId()).body());
        assertThat(editorPage.select("#body-pictures li[data-src]").eachAttr("data-src")).as("offered for the body").contains(src);
        Map<String, String> form = formOf(editorPage, "form:has(#body)");
        String typed = "<p>The crane fell at noon.</p><figure><img src=\"" + src + "\"></figure>";
        form.put("body", typed);
        form.put("action", "save");
        Document refused = Jsoup.parse(writer.post("/admin/articles/" + draft.getId(), form).body());
        assertThat(refused.select("#body-problem").text()).contains("A picture in the body has no alt text");
        assertThat(refused.select("#body").text()).as("nothing typed is lost").isEqualTo(typed);
    }

    /** The editor's lead image upload: one step from a file to the story's lead image, refusals at its own fields. */
    @Test
    void aPictureUploadedInTheEditorBecomesTheLeadImageInOneStep() {
        Article draft = newsroom.draft(newsroom.writer(), newsroom.story("Lighthouse relit " + newsroom.unique(), desk(), ada()));
        Browser writer = newsroom.signedIn(newsroom.writer());
        String editorPath = "/admin/articles/" + draft.getId();

        Map<String, String> noAlt = Browser.csrfFieldOf(writer.get(editorPath).body());
        noAlt.putAll(Map.of("leadFor", String.valueOf(draft.getId()), "alt", " ", "caption", "Kept caption"));
        HttpResponse<String> refused = writer.postMultipart("/admin/media/upload", noAlt, "file",
                Map.of("lighthouse.jpg", Pictures.jpeg(1600, 1200, 9)));
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(editorPath + "#lead-image");
        Document page = Jsoup.parse(writer.get(editorPath).body());
        assertThat(page.select("#leadAlt-problem").text()).contains("Enter alt text");
        assertThat(page.select("#leadAlt").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#lead-image [role=alert] a[href=#leadAlt]").text()).isEqualTo(page.select("#leadAlt-problem").text());
        assertThat(page.select("#leadCaption").text()).as("what was typed is kept").isEqualTo("Kept caption");

        Map<String, String> svg = Browser.csrfFieldOf(writer.get(editorPath).body());
        svg.putAll(Map.of("leadFor", String.valueOf(draft.getId()), "alt", "Logo"));
        writer.postMultipart("/admin/media/upload", svg, "file", Map.of("logo.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Jsoup.parse(writer.get(editorPath).body()).select("#leadFile-problem").text()).contains("SVG files are not accepted");

        Map<String, String> good = Browser.csrfFieldOf(writer.get(editorPath).body());
        String alt = "The lighthouse lit again " + newsroom.unique();
        good.putAll(Map.of("leadFor", String.valueOf(draft.getId()), "alt", alt, "caption", "First light since 1998.",
                "credit", "Photo: Ada Reporter"));
        HttpResponse<String> uploaded = writer.postMultipart("/admin/media/upload", good, "file",
                Map.of("lighthouse.jpg", Pictures.jpeg(1600, 1200, 9)));
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith(editorPath + "#lead-image");
        Document chosen = Jsoup.parse(writer.get(editorPath).body());
        assertThat(chosen.select("[role=status], .flash").text()).contains("made it the lead image");
        String leadId = chosen.select("#leadImage option[selected]").attr("value");
        assertThat(leadId).isNotEmpty();
        MediaImage image = ready(Long.parseLong(leadId));
        assertThat(image.getAltText()).isEqualTo(alt);
        assertThat(image.getCaption()).isEqualTo("First light since 1998.");
        assertThat(image.getCredit()).isEqualTo("Photo: Ada Reporter");
        assertThat(media.page(newsroom.unique(), 1).images()).as("one picture uploaded, the refused ones not kept")
                .extracting(MediaImage::getId).containsExactly(image.getId());

        Map<String, String> noToken = new java.util.LinkedHashMap<>(Map.of("leadFor", String.valueOf(draft.getId()), "alt", "x"));
        assertThat(writer.postMultipart("/admin/media/upload", noToken, "file", Map.of("a.jpg", Pictures.jpeg(40, 30, 1)))
                .statusCode()).isEqualTo(403);
    }

    private void chooseLead(Browser editor, long articleId, long imageId) {
        Map<String, String> form = Browser.csrfFieldOf(editor.get("/admin/articles/" + articleId).body());
        form.putAll(Map.of("leadImage", String.valueOf(imageId), "focalX", "50", "focalY", "50"));
        assertThat(editor.post("/admin/media/lead/" + articleId, form).statusCode()).isEqualTo(303);
    }

    /**
     * A crash in the middle of preparing: pictures left PROCESSING with no instance renewing their
     * lease (as an instance that died leaves them) are taken over and prepared, so readers can be
     * given them; one whose lease is fresh belongs to a running instance and is left to it.
     */
    @Test
    void picturesACrashLeftBeingPreparedAreTakenOverOnceTheirLeaseRunsOut() throws Exception {
        long abandoned = describedPicture("Ferry at the landing " + newsroom.unique(), null, null);
        long busyElsewhere = describedPicture("Gulls over the pier " + newsroom.unique(), null, null);
        Instant longAgo = Instant.now().minus(RenditionRecovery.LEASE).minusSeconds(60);
        leaveBeingPrepared(abandoned, longAgo);
        leaveBeingPrepared(busyElsewhere, Instant.now());
        assertThat(media.get(abandoned).getStatus()).isEqualTo(MediaImage.Status.PROCESSING);
        assertThat(media.get(abandoned).widths()).isEmpty();

        recovery.recoverStuck(); // what every instance does on start and each minute
        MediaImage recovered = ready(abandoned);
        assertThat(recovered.widths()).extracting(r -> r.getWidth()).containsExactly(320, 640, 960, 1280, 1920);
        String phone = "/media/" + abandoned + "-w320-" + recovered.rendition("w320").orElseThrow().getContentHash() + ".jpg";
        assertThat(newsroom.reader().getBytes(phone, Map.of()).statusCode()).isEqualTo(200);
        assertThat(media.get(busyElsewhere).getStatus()).as("a fresh lease is its instance's own").isEqualTo(MediaImage.Status.PROCESSING);
        leaveBeingPrepared(busyElsewhere, longAgo); // that instance stops too
        recovery.recoverStuck();
        ready(busyElsewhere);
    }

    /** The picture's row as a crash mid-preparation leaves it: PROCESSING, no renditions, leased since {@code since}. */
    private void leaveBeingPrepared(long imageId, Instant since) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            try (java.sql.PreparedStatement renditions = connection.prepareStatement("DELETE FROM media_rendition WHERE image_id = ?")) {
                renditions.setLong(1, imageId);
                renditions.executeUpdate();
            }
            try (java.sql.PreparedStatement row = connection.prepareStatement(
                    "UPDATE media_image SET status = 'PROCESSING', rendering_since = ? WHERE id = ?")) {
                row.setObject(1, java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
                row.setLong(2, imageId);
                assertThat(row.executeUpdate()).isEqualTo(1);
            }
        }
    }

    /**
     * Not a check but a measurement, written to target/: how long a 12-megapixel photo takes from
     * upload to ready, and how many bytes a phone gets (the 320 and 640 renditions) against the original.
     */
    @Test
    void measuresUploadToReadyAndBytesAPhoneGets() throws IOException {
        byte[] photo = Pictures.jpeg(4000, 3000, 12);
        Browser writer = newsroom.signedIn(newsroom.writer());
        Map<String, String> form = Browser.csrfFieldOf(writer.get("/admin/media/new").body());
        form.put("alt", "Twelve megapixels");
        Instant start = Instant.now();
        HttpResponse<String> uploaded = writer.postMultipart("/admin/media/upload", form, "file", Map.of("big.jpg", photo));
        Duration request = Duration.between(start, Instant.now());
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        MediaImage image = ready(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        Duration ready = Duration.between(start, Instant.now());
        long w320 = image.rendition("w320").orElseThrow().getByteSize();
        long w640 = image.rendition("w640").orElseThrow().getByteSize();
        String report = "12 MP JPEG (4000x3000, " + photo.length + " bytes): upload request " + request.toMillis()
                + " ms, upload to ready " + ready.toMillis() + " ms; w320 " + w320 + " bytes (" + percent(w320, photo.length)
                + " of the original), w640 " + w640 + " bytes (" + percent(w640, photo.length) + "), w1920 "
                + image.rendition("w1920").orElseThrow().getByteSize() + " bytes\n";
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-media-measurement.txt"), report);
        assertThat(w640).isLessThan(photo.length / 10);
    }

    // --- helpers ------------------------------------------------------------------------------

    private String refusal(Browser writer, String name, byte[] bytes) {
        Map<String, String> form = Browser.csrfFieldOf(writer.get("/admin/media/new").body());
        form.put("alt", "Kept alt text");
        HttpResponse<String> posted = writer.postMultipart("/admin/media/upload", form, "file", Map.of(name, bytes));
        assertThat(posted.statusCode()).as(name).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/media/new");
        Document page = Jsoup.parse(writer.get("/admin/media/new").body());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#alt").attr("value")).isEqualTo("Kept alt text");
        assertThat(page.select("#error-summary a[href=#file]").text()).isEqualTo(page.select("#file-problem").text());
        return page.select("#file-problem").text();
    }

    private long describedPicture(String alt, String caption, String credit) {
        MediaImage image = media.upload(newsroom.editor(), "file", "lead.jpg", Pictures.jpeg(2400, 1800, alt.length()), alt, caption, credit);
        return ready(image.getId()).getId();
    }

    /**
     * A story published with the picture as its lead image, chosen through the editor's form; its
     * version and address read from the editor's page (a read in this test's own thread around a
     * publish meets the EntityManager Payara closed after the page cache's eviction; see PageCache).
     */
    private Story2 livingStoryWith(long imageId, String headline) {
        return livingStoryWith(newsroom.draft(newsroom.story(headline + " " + newsroom.unique(), desk(), ada())), imageId);
    }

    private Story2 livingStoryWith(Article draft, long imageId) {
        Browser editor = newsroom.signedIn(newsroom.editor());
        String editorPath = "/admin/articles/" + draft.getId();
        Map<String, String> form = Browser.csrfFieldOf(editor.get(editorPath).body());
        form.putAll(Map.of("leadImage", String.valueOf(imageId), "focalX", "50", "focalY", "50"));
        assertThat(editor.post("/admin/media/lead/" + draft.getId(), form).statusCode()).isEqualTo(303);
        long version = Long.parseLong(Jsoup.parse(editor.get(editorPath).body()).select("input[name=version]").attr("value"));
        publishing.publish(newsroom.editor(), draft.getId(), version, false, null);
        String href = Jsoup.parse(editor.get(editorPath).body()).select("a:containsOwn(View on site)").attr("href");
        assertThat(href).as("the story's public address").isNotBlank();
        return new Story2(draft.getId(), draft.getHeadline(), href.replaceFirst("^" + newsroom.contextPath(), ""));
    }

    /** A published story as these tests need it: its id, headline and public path. */
    private record Story2(long id, String headline, String path) {
    }

    /** The fields a browser would send from the form: inputs, text areas, chosen options. */
    private static Map<String, String> formOf(Document page, String selector) {
        Element form = page.selectFirst(selector);
        assertThat(form).as(selector).isNotNull();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (!type.equals("submit")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        for (Element area : form.select("textarea[name]")) {
            fields.put(area.attr("name"), area.wholeText());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen == null) {
                chosen = select.selectFirst("option");
            }
            if (chosen != null) {
                fields.put(select.attr("name"), chosen.attr("value"));
            }
        }
        return fields;
    }

    private MediaImage ready(long id) {
        assertThat(Waiting.until(Instant.now().plusSeconds(60), () -> media.get(id).getStatus() != MediaImage.Status.PROCESSING))
                .as("picture %s is prepared within a minute", id).isTrue();
        MediaImage image = media.get(id);
        assertThat(image.getStatus()).isEqualTo(MediaImage.Status.READY);
        return image;
    }

    private Section desk() {
        return newsroom.section("Metro " + newsroom.unique());
    }

    private Author ada() {
        return newsroom.ada();
    }

    private static String percent(long part, long whole) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
