package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.STAFF_PASSWORD;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * The audit log on the real cms.war, as an admin reads it at {@code /admin/audit}: what editors and
 * admins change over HTTP shows up with who, what, which and the address their proxy reported;
 * sign-ins and failures are there with the username typed; a refused or rolled-back change leaves
 * nothing; the schedule signs its own publications; the filters narrow the log; only admins get in.
 */
class AuditLogIT extends ContainerTest {

    /** Addresses from the documentation ranges, as a trusted proxy on loopback reports them. */
    private static final String EDDIES_LAPTOP = "203.0.113.7";
    private static final String CHIEFS_DESK = "198.51.100.23";

    @Inject
    ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    StaffService staff;

    @Test
    void anEditorsSaveAndPublishAndAnAdminsStaffChangeShowWhoWhatWhichAndTheAddress() {
        Section metro = newsroom.section("Metro");
        Article draft = newsroom.draft(newsroom.story("Bridge reopens " + newsroom.unique(), metro, newsroom.ada()));
        Browser eddie = signedIn(newsroom.editor(), STAFF_PASSWORD, EDDIES_LAPTOP);

        String editor = "/admin/articles/" + draft.getId();
        assertThat(eddie.post(editor, editorForm(eddie.get(editor).body(), "save", "Bridge reopens early " + newsroom.unique()))
                .statusCode()).isEqualTo(303);
        assertThat(eddie.post(editor, editorForm(eddie.get(editor).body(), "publish", null)).statusCode()).isEqualTo(303);
        Map<String, String> share = Browser.csrfFieldOf(eddie.get(editor).body());
        share.put("validFor", "P7D");
        assertThat(eddie.post(editor + "/preview/links", share).statusCode()).isEqualTo(303);

        StaffMember wanda = staff.getActive(newsroom.writer());
        Browser chief = signedIn(ADMIN, TestAccounts.ADMIN_PASSWORD, CHIEFS_DESK);
        String member = chief.get("/admin/staff/" + wanda.getId()).body();
        Map<String, String> promote = Browser.csrfFieldOf(member);
        promote.put("version", String.valueOf(wanda.getVersion()));
        promote.put("displayName", "Wanda Writer");
        promote.put("role", "EDITOR");
        assertThat(chief.post("/admin/staff/" + wanda.getId() + "/account", promote).statusCode()).isEqualTo(303);

        List<Row> story = rows(chief, "/admin/audit?kind=STORY&subject=" + draft.getId());
        assertThat(story).as("newest first").extracting(Row::what).containsExactly("Shared a preview link: for 7 days",
                "Published: revision 2, first publication", "Saved the draft: revision 2", "Created the story: revision 1");
        Row published = story.get(1);
        assertThat(published.who()).isEqualTo("Eddie Editor (" + newsroom.editor() + ")");
        assertThat(published.which()).isEqualTo("Story Bridge reopens early " + newsroom.unique());
        assertThat(published.link()).isEqualTo(newsroom.contextPath() + "/admin/articles/" + draft.getId());
        assertThat(published.address()).as("the client the trusted proxy forwarded for").isEqualTo(EDDIES_LAPTOP);
        assertThat(story.get(2).address()).isEqualTo(EDDIES_LAPTOP);
        assertThat(story.get(3).address()).as("filed by the test itself, through no admin request").isEqualTo("None: not a request");

        List<Row> account = rows(chief, "/admin/audit?action=ACCOUNT_CHANGED&subject=" + newsroom.writer());
        assertThat(account).hasSize(1);
        assertThat(account.get(0).who()).isEqualTo("Administrator (" + ADMIN + ")");
        assertThat(account.get(0).what()).isEqualTo("Changed the account: was Writer, shown as Wanda Writer; now Editor, shown as Wanda Writer");
        assertThat(account.get(0).which()).isEqualTo("Account " + newsroom.writer());
        assertThat(account.get(0).link()).isEqualTo(newsroom.contextPath() + "/admin/staff/" + wanda.getId());
        assertThat(account.get(0).address()).isEqualTo(CHIEFS_DESK);
    }

    @Test
    void signInsFailuresWithTheUsernameTypedAndSignOutsAreLogged() {
        String nobody = "nobody-" + newsroom.unique();
        HttpResponse<String> refused = new Browser(newsroom.base()).forwardedFor(EDDIES_LAPTOP).signIn(nobody, "guess");
        assertThat(refused.statusCode()).isEqualTo(200);
        Browser wanda = signedIn(newsroom.writer(), STAFF_PASSWORD, CHIEFS_DESK);
        HttpResponse<String> wrongPassword = new Browser(newsroom.base()).forwardedFor(EDDIES_LAPTOP)
                .signIn(newsroom.writer(), "not her password");
        assertThat(wrongPassword.statusCode()).isEqualTo(200);
        Map<String, String> logout = Browser.csrfFieldOf(wanda.get("/admin/").body());
        assertThat(wanda.post("/admin/logout", logout).statusCode()).isEqualTo(303);

        Browser chief = newsroom.signedInAdmin();
        List<Row> unknown = rows(chief, "/admin/audit?subject=" + nobody);
        assertThat(unknown).hasSize(1);
        assertThat(unknown.get(0).who()).isEqualTo("Someone not signed in");
        assertThat(unknown.get(0).what()).isEqualTo("Sign-in refused");
        assertThat(unknown.get(0).which()).as("the username typed, no account to link to").isEqualTo("Account " + nobody);
        assertThat(unknown.get(0).link()).isNull();
        assertThat(unknown.get(0).address()).isEqualTo(EDDIES_LAPTOP);

        List<Row> hers = rows(chief, "/admin/audit?kind=ACCOUNT&subject=" + newsroom.writer());
        assertThat(hers).extracting(Row::what).containsExactly("Signed out", "Sign-in refused", "Signed in", "Created the account: Writer");
        assertThat(hers.get(0).who()).isEqualTo("Wanda Writer (" + newsroom.writer() + ")");
        assertThat(hers.get(0).address()).isEqualTo(CHIEFS_DESK);
        assertThat(hers.get(1).who()).isEqualTo("Someone not signed in");
        assertThat(hers.get(1).address()).isEqualTo(EDDIES_LAPTOP);
        assertThat(hers.get(1).link()).as("the account typed exists").isEqualTo(
                newsroom.contextPath() + "/admin/staff/" + staff.getActive(newsroom.writer()).getId());
        assertThat(hers.get(2).who()).isEqualTo("Wanda Writer (" + newsroom.writer() + ")");
    }

    @Test
    void aRefusedOrRolledBackChangeLeavesNoLine() {
        Section metro = newsroom.section("Metro");
        Article draft = newsroom.draft(newsroom.writer(), newsroom.story("Ferry fares rise " + newsroom.unique(), metro,
                newsroom.ada()));
        String editor = "/admin/articles/" + draft.getId();

        // Eddie opens the story; Nina saves it first; Eddie's save from the older page is refused
        Browser eddie = newsroom.signedIn(newsroom.editor());
        String eddiesPage = eddie.get(editor).body();
        newsroom.save(newsroom.nightEditor(), draft, Story.of(draft).dek("Nina's dek."));
        HttpResponse<String> stale = eddie.post(editor, editorForm(eddiesPage, "save", "Eddie's headline"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else saved this article first", "value=\"Eddie&#39;s headline\"");

        // Wanda's crafted publish saves her text first, then is refused: the save rolls back with it
        Browser wanda = newsroom.signedIn(newsroom.writer());
        HttpResponse<String> crafted = wanda.post(editor, editorForm(wanda.get(editor).body(), "publish", "Wanda's headline"));
        assertThat(crafted.statusCode()).isEqualTo(403);
        assertThat(articles.get(draft.getId()).getLatestRevisionNumber()).isEqualTo(2);

        List<Row> lines = rows(newsroom.signedInAdmin(), "/admin/audit?kind=STORY&subject=" + draft.getId());
        assertThat(lines).extracting(Row::what).containsExactly("Saved the draft: revision 2", "Created the story: revision 1");
        assertThat(lines.get(0).who()).isEqualTo("Nina Nightdesk (" + newsroom.nightEditor() + ")");
    }

    @Test
    void aScheduledPublishIsLoggedWithTheScheduleAsActorAndNoAddress() {
        Section weather = newsroom.section("Weather");
        // scheduled "an hour ago": the schedule publishes it on its next look once the clock is real again
        Instant then = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(then);
        Article draft = newsroom.draft(newsroom.story("Storm warning lifted " + newsroom.unique(), weather, newsroom.ada()));
        newsroom.schedule(draft, then.plus(Duration.ofMinutes(5)));
        clock.release();
        assertThat(Waiting.until(Instant.now().plusSeconds(15),
                () -> articles.get(draft.getId()).getStatus() == ArticleStatus.PUBLISHED)).isTrue();

        List<Row> lines = rows(newsroom.signedInAdmin(), "/admin/audit?kind=STORY&subject=" + draft.getId());
        assertThat(lines).extracting(Row::what).first().isEqualTo("Published: revision 1, scheduled by Eddie Editor");
        assertThat(lines.get(0).who()).isEqualTo("The schedule");
        assertThat(lines.get(0).address()).isEqualTo("None: not a request");
        assertThat(lines.get(1).what()).startsWith("Scheduled: for ");
        assertThat(lines.get(1).who()).isEqualTo("Eddie Editor (" + newsroom.editor() + ")");
        assertThat(rows(newsroom.signedInAdmin(), "/admin/audit?person=~schedule&subject=" + draft.getId()))
                .extracting(Row::what).containsExactly("Published: revision 1, scheduled by Eddie Editor");
    }

    @Test
    void theScreenFiltersByPersonWhatWhichAndDayInThePublicationsZoneAndPages() {
        String word = "Zone " + newsroom.unique();
        // 11:30pm on March 1 in New York is already March 2 in UTC: the day filters go by New York's days
        clock.set(Instant.parse("2021-03-02T04:30:00Z"));
        Section late = sections.create(newsroom.editor(), word + " late", null, null);
        clock.set(Instant.parse("2021-03-02T15:00:00Z"));
        sections.rename(newsroom.nightEditor(), late.getId(), late.getVersion(), word + " renamed", null);
        clock.release();
        Browser chief = newsroom.signedInAdmin();
        String subject = "&subject=" + URLEncoder.encode(word.toLowerCase(), StandardCharsets.UTF_8);

        assertThat(rows(chief, "/admin/audit?from=2021-03-01&to=2021-03-01" + subject)).extracting(Row::what)
                .containsExactly("Created the section: at /zone-" + newsroom.unique() + "-late");
        assertThat(rows(chief, "/admin/audit?from=2021-03-02&to=2021-03-02" + subject)).extracting(Row::who)
                .containsExactly("Nina Nightdesk (" + newsroom.nightEditor() + ")");
        assertThat(rows(chief, "/admin/audit?person=" + newsroom.editor() + subject)).extracting(Row::what)
                .containsExactly("Created the section: at /zone-" + newsroom.unique() + "-late");
        assertThat(rows(chief, "/admin/audit?action=SECTION_RENAMED&kind=SECTION" + subject)).hasSize(1);
        assertThat(rows(chief, "/admin/audit?kind=STORY" + subject)).isEmpty();
        String times = chief.get("/admin/audit?from=2021-03-01&to=2021-03-01" + subject).body();
        assertThat(times).contains("<time datetime=\"2021-03-01T23:30:00-05:00\">March 1, 2021 11:30pm</time>");

        // wrong input is named at its field, and the log still shows
        HttpResponse<String> wrong = chief.get("/admin/audit?from=yesterday&person=nobody-" + newsroom.unique()
                + "&action=BURNED" + subject);
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("There is a problem", "id=\"from-problem\"", "id=\"person-problem\"",
                "id=\"action-problem\"", "aria-invalid=\"true\"", "\u201cyesterday\u201d is not one");
        assertThat(rows(wrong.body())).hasSize(2);

        // a page holds 50 lines; the next page has the rest
        for (int i = 0; i < 26; i++) {
            Section section = sections.create(newsroom.editor(), word + " page " + i, null, null);
            sections.rename(newsroom.editor(), section.getId(), section.getVersion(), word + " paged " + i, null);
        }
        String paged = "&subject=" + URLEncoder.encode(word + " page", StandardCharsets.UTF_8);
        String first = chief.get("/admin/audit?kind=SECTION" + paged).body();
        assertThat(rows(first)).hasSize(50);
        assertThat(rows(first).get(0).what()).startsWith("Renamed the section: was \u201c" + word + " page 25\u201d");
        assertThat(first).contains("rel=\"next\"");
        List<Row> second = rows(chief, "/admin/audit?kind=SECTION&page=2" + paged);
        assertThat(second).extracting(Row::what).containsExactly(
                "Renamed the section: was \u201c" + word + " page 0\u201d; now at /zone-" + newsroom.unique() + "-paged-0",
                "Created the section: at /zone-" + newsroom.unique() + "-page-0");
    }

    @Test
    void onlyAdminsSeeTheLogWritersAndEditorsGet403() {
        for (String username : List.of(newsroom.writer(), newsroom.editor())) {
            Browser desk = newsroom.signedIn(username);
            assertThat(desk.get("/admin/").body()).doesNotContain("Audit log");
            HttpResponse<String> refused = desk.get("/admin/audit");
            assertThat(refused.statusCode()).as(username).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Exception", "Sign-in refused");
            assertThat(desk.get("/admin/audit?person=" + ADMIN).statusCode()).isEqualTo(403);
        }
        Browser chief = newsroom.signedInAdmin();
        assertThat(chief.get("/admin/").body()).contains(">Audit log</a>");
        String page = chief.get("/admin/audit").body();
        assertThat(page).contains("<h1>Audit log</h1>", "aria-current=\"page\"", "<label for=\"person\">",
                "<th scope=\"col\">Address</th>", "<caption");
    }

    // --- helpers

    /** Signed in through a proxy that forwards for {@code address}. */
    private Browser signedIn(String username, String password, String address) {
        Browser browser = new Browser(newsroom.base()).forwardedFor(address);
        assertThat(browser.signIn(username, password).statusCode()).as("%s signs in", username).isEqualTo(303);
        return browser;
    }

    /** The article editor's form as the page shows it, with a new headline if given, for a button. */
    private static Map<String, String> editorForm(String page, String action, String headline) {
        Document editor = Jsoup.parse(page);
        Map<String, String> form = Browser.csrfFieldOf(page);
        for (String field : List.of("version", "headline", "slug")) {
            form.put(field, editor.select("input[name=" + field + "]").val());
        }
        for (String field : List.of("dek", "body")) {
            form.put(field, editor.select("textarea[name=" + field + "]").text());
        }
        form.put("section", editor.select("select[name=section] option[selected]").val());
        form.put("bylines", editor.select("select[name=bylines] option[selected]").val());
        if (headline != null) {
            form.put("headline", headline);
        }
        form.put("action", action);
        return form;
    }

    /** One line of the log as an admin reads it: each cell's text, and the link to what it is about. */
    record Row(String when, String who, String what, String which, String link, String address) {
    }

    private static List<Row> rows(Browser admin, String path) {
        HttpResponse<String> page = admin.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return rows(page.body());
    }

    private static List<Row> rows(String html) {
        return Jsoup.parse(html).select("table.audit-log tbody tr").stream().map(tr -> {
            List<Element> cells = tr.select("td");
            Element link = cells.get(3).selectFirst("a");
            return new Row(cells.get(0).text(), cells.get(1).text(), cells.get(2).text(), cells.get(3).text(),
                    link == null ? null : link.attr("href"), cells.get(4).text());
        }).toList();
    }
}
