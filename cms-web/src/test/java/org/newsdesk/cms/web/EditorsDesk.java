package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Someone at the admin screens over HTTP, filling in the forms as a browser does: how tests that
 * run outside the server (a cluster, a page check from the test runner) make their sections,
 * authors and stories. Every step asserts the answer a person would see.
 */
final class EditorsDesk {

    private static final Pattern VIEW_ON_SITE = Pattern.compile("<a href=\"([^\"]+)\">View on site</a>");

    private Browser browser;

    private EditorsDesk(Browser browser) {
        this.browser = browser;
    }

    /** Signs in through the form at {@code base}. */
    static EditorsDesk signIn(String base, String username, String password) {
        Browser browser = new Browser(base);
        assertThat(browser.signIn(username, password).statusCode()).as("%s signs in", username).isEqualTo(303);
        return new EditorsDesk(browser);
    }

    /** The browser, cookies and all: to look at any admin page. */
    Browser browser() {
        return browser;
    }

    /** The same session from now on at another address: a load balancer moving the editor. */
    void moveTo(String otherBase) {
        browser = browser.at(otherBase);
    }

    /** Creates a top-level section; its id, as the article editor offers it. */
    long section(String name, String slug) {
        return create("/admin/sections", Map.of("name", name, "slug", slug, "parent", ""), "section", name);
    }

    /** Creates an author; its id, as the article editor offers it among the bylines. */
    long author(String name, String slug, String bio) {
        return create("/admin/authors", Map.of("name", name, "slug", slug, "bio", bio), "bylines", name);
    }

    /** As an administrator: creates a staff account with one role (WRITER, EDITOR, ADMIN) and {@link TestAccounts#STAFF_PASSWORD}. */
    void staffMember(String username, String displayName, String role) {
        Map<String, String> form = Browser.csrfFieldOf(browser.get("/admin/staff/new").body());
        form.put("username", username);
        form.put("displayName", displayName);
        form.put("role", role);
        form.put("password", TestAccounts.STAFF_PASSWORD);
        HttpResponse<String> created = browser.post("/admin/staff", form);
        assertThat(created.statusCode()).as("created the account " + username + ": " + created.body()).isEqualTo(303);
    }

    /** Files a new draft in the section, bylined to the author; its id. */
    long draft(String headline, long sectionId, long authorId) {
        Map<String, String> form = Browser.csrfFieldOf(browser.get("/admin/articles/new").body());
        form.put("headline", headline);
        form.put("dek", "What changes for readers.");
        form.put("section", String.valueOf(sectionId));
        form.put("bylines", String.valueOf(authorId));
        form.put("slug", "");
        form.put("body", "<p>The details.</p>");
        HttpResponse<String> created = browser.post("/admin/articles/new", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/admin/articles/([0-9]+)$", "$1"));
    }

    /** Uploads a picture with this alt text, waits until its sizes are made, and makes it the draft's lead image. */
    void leadPicture(long articleId, String alt) {
        Map<String, String> form = Browser.csrfFieldOf(browser.get("/admin/media/new").body());
        form.put("alt", alt);
        form.put("caption", "");
        form.put("credit", "Photo: Ada Reporter");
        HttpResponse<String> uploaded = browser.postMultipart("/admin/media/upload", form, "file",
                Map.of("lead.jpg", Pictures.jpeg(1600, 1200, alt.length())));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        String picture = location.substring(location.lastIndexOf('/') + 1);
        assertThat(Waiting.until(java.time.Instant.now().plusSeconds(60), () -> Jsoup.parse(browser.get("/admin/media/" + picture).body())
                .select(".facts dd").eachText().contains("Ready to use"))).as("the picture's sizes are made within a minute").isTrue();
        Map<String, String> choice = Browser.csrfFieldOf(browser.get("/admin/articles/" + articleId).body());
        choice.putAll(Map.of("leadImage", picture, "focalX", "50", "focalY", "50"));
        assertThat(browser.post("/admin/media/lead/" + articleId, choice).statusCode()).isEqualTo(303);
    }

    /** Presses an action button ("publish", "schedule"...) on the article's editor, with the form as it stands. */
    void act(long id, String action, Map<String, String> extra) {
        Document editor = Jsoup.parse(browser.get("/admin/articles/" + id).body());
        Map<String, String> form = Browser.csrfFieldOf(editor.html());
        for (String field : List.of("version", "headline", "slug")) {
            form.put(field, editor.select("input[name=" + field + "]").val());
        }
        for (String field : List.of("dek", "body")) {
            form.put(field, editor.select("textarea[name=" + field + "]").text());
        }
        form.put("section", editor.select("select[name=section] option[selected]").val());
        form.put("bylines", editor.select("select[name=bylines] option[selected]").val());
        form.putAll(extra);
        form.put("action", action);
        HttpResponse<String> done = browser.post("/admin/articles/" + id, form);
        assertThat(done.statusCode()).as(action + ": " + done.body()).isEqualTo(303);
    }

    /** The public page's path, from the editor's "View on site" link, for {@link Browser#get}. */
    String publicPath(long id) {
        Matcher link = VIEW_ON_SITE.matcher(browser.get("/admin/articles/" + id).body());
        assertThat(link.find()).as("the editor links to the public page").isTrue();
        String contextPath = URI.create(browser.base()).getPath();
        return link.group(1).replaceFirst("^https?://[^/]+", "").substring(contextPath.length());
    }

    /** Posts a create form and finds the new item's id among the article editor's choices. */
    private long create(String path, Map<String, String> fields, String choiceName, String label) {
        Map<String, String> form = Browser.csrfFieldOf(browser.get(path + "/new").body());
        form.putAll(fields);
        assertThat(browser.post(path, form).statusCode()).as("created through " + path).isEqualTo(303);
        Document editor = Jsoup.parse(browser.get("/admin/articles/new").body());
        Element option = editor.select("select[name=" + choiceName + "] option").stream()
                .filter(o -> o.text().strip().equals(label)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No choice " + label));
        return Long.parseLong(option.attr("value"));
    }
}
