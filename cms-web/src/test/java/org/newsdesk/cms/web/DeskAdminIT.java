package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.STAFF_PASSWORD;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.web.security.LoginController;

/**
 * The desk's own screens over HTTP, as editors and admins use them: sections, authors and staff
 * accounts, with their refusals (CSRF, roles, validation, lock-out) and what each leaves behind.
 */
class DeskAdminIT extends ContainerTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Inject
    SectionService sections;

    @Inject
    AuthorService authors;

    @Inject
    StaffService staff;

    private String unique;

    @BeforeEach
    void desk() {
        unique = newsroom.unique();
    }

    @Test
    void anEditorCreatesRenamesMovesAndReordersSectionsAndSeesThemInTheTree() {
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> token = csrf(desk.get("/admin/sections/new"));

        HttpResponse<String> created = desk.post("/admin/sections", form(token, "name", "Politics " + unique,
                "slug", "politics-" + unique, "parent", ""));
        assertThat(created.statusCode()).isEqualTo(303);
        Section politics = sectionAt(created);
        assertThat(politics.path()).isEqualTo("politics-" + unique);

        Section elections = sectionAt(desk.post("/admin/sections", form(token, "name", "Elections", "slug", "",
                "parent", politics.getId().toString())));
        Section polls = sectionAt(desk.post("/admin/sections", form(token, "name", "Polls", "slug", "",
                "parent", politics.getId().toString())));
        assertThat(elections.path()).as("slug made from the name").isEqualTo("politics-" + unique + "/elections");

        String list = desk.get("/admin/sections").body();
        assertThat(list).contains("Created the section \u201cPolls\u201d")
                .contains("<code>/politics-" + unique + "/elections</code>", "<code>/politics-" + unique + "/polls</code>");
        assertThat(rowIndex(list, politics)).as("a parent comes before its children")
                .isLessThan(rowIndex(list, elections));
        assertThat(rowIndex(list, elections)).isLessThan(rowIndex(list, polls));
        assertThat(rowOf(list, elections)).contains("class=\"depth-1\"", "(in Politics " + unique + ")");

        // rename: a new name and slug, seen in the tree with the new address
        HttpResponse<String> renamed = desk.post("/admin/sections/" + elections.getId() + "/rename",
                form(token, "version", version(desk, "/admin/sections/" + elections.getId()),
                        "name", "Elections 2024", "slug", "vote-" + unique));
        assertThat(renamed.statusCode()).isEqualTo(303);
        list = desk.get("/admin/sections").body();
        assertThat(list).contains(">Elections 2024<", "<code>/politics-" + unique + "/vote-" + unique + "</code>");

        // reorder: Polls moves up, above Elections
        HttpResponse<String> movedUp = desk.post("/admin/sections/" + polls.getId() + "/move-up",
                form(token, "version", versionInRow(list, polls)));
        assertThat(movedUp.statusCode()).isEqualTo(303);
        assertThat(movedUp.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/admin/sections#section-" + polls.getId()));
        list = desk.get("/admin/sections").body();
        assertThat(list).contains("Moved \u201cPolls\u201d up.");
        assertThat(rowIndex(list, polls)).isLessThan(rowIndex(list, elections));
        assertThat(rowOf(list, polls)).as("the first has nothing above it").doesNotContain("move-up")
                .contains("move-down");

        // a move that would make a loop is refused at the field, and nothing moves
        HttpResponse<String> loop = desk.post("/admin/sections/" + politics.getId() + "/move",
                form(token, "version", version(desk, "/admin/sections/" + politics.getId()),
                        "parent", polls.getId().toString()));
        assertThat(loop.statusCode()).isEqualTo(200);
        assertThat(loop.body()).contains("There is a problem", "href=\"#parent\"",
                "id=\"parent-problem\"", "cannot move under \u201cPolls\u201d, which is one of its own subsections.");
        assertThat(sections.get(politics.getId()).getParent()).isEmpty();

        // move Elections 2024 to the top level: its address follows
        HttpResponse<String> moved = desk.post("/admin/sections/" + elections.getId() + "/move",
                form(token, "version", version(desk, "/admin/sections/" + elections.getId()), "parent", ""));
        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(sections.get(elections.getId()).path()).isEqualTo("vote-" + unique);
        assertThat(desk.get("/admin/sections").body()).contains("<code>/vote-" + unique + "</code>");
    }

    @Test
    void aSlugTakenOrReservedIsShownAtTheFieldWithTheInputKept() {
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> token = csrf(desk.get("/admin/sections/new"));

        HttpResponse<String> reserved = desk.post("/admin/sections", form(token, "name", "Admin news " + unique,
                "slug", "admin", "parent", ""));
        assertThat(reserved.statusCode()).isEqualTo(200);
        assertThat(reserved.body()).contains("<title>Error: New section · Newsdesk</title>", "id=\"slug-problem\"",
                "The site itself answers at /admin", "value=\"Admin news " + unique + "\"", "aria-invalid=\"true\"");
    }

    @Test
    void aSectionWithStoriesIsNotDeletedAndTheRefusalSaysHowMany() {
        Section metro = newsroom.section("Metro " + unique);
        Section empty = newsroom.section("Empty " + unique);
        for (String headline : List.of("Bridge reopens", "Tunnel closes")) {
            newsroom.draft(newsroom.story(headline, metro, newsroom.ada()).dek(null).body("<p>Traffic.</p>"));
        }
        Browser desk = newsroom.signedIn(newsroom.editor());

        String page = desk.get("/admin/sections/" + metro.getId()).body();
        assertThat(page).contains("This section cannot be deleted. 2 stories are filed in it")
                .doesNotContain("Delete section</button>");

        // a crafted delete (the page offers no button) is refused with the same message
        HttpResponse<String> refused = desk.post("/admin/sections/" + metro.getId() + "/delete",
                form(csrf(page), "version", String.valueOf(metro.getVersion())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "href=\"#delete\"", "id=\"delete-problem\"",
                "\u201cMetro " + unique + "\u201d cannot be deleted: 2 stories are filed in it; move them to another section first.");
        assertThat(sections.get(metro.getId()).getName()).isEqualTo("Metro " + unique);
        assertThat(desk.get("/admin/sections").body()).contains("Metro " + unique);

        HttpResponse<String> deleted = desk.post("/admin/sections/" + empty.getId() + "/delete",
                form(csrf(page), "version", version(desk, "/admin/sections/" + empty.getId())));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(desk.get("/admin/sections").body()).contains("Deleted the section \u201cEmpty " + unique + "\u201d.")
                .doesNotContain("/empty-" + unique + "<");
    }

    @Test
    void anAuthorsTooLongBioIsShownAtTheFieldAndTheInputIsKept() {
        Author ada = newsroom.ada();
        Browser desk = newsroom.signedIn(newsroom.editor());
        String page = desk.get("/admin/authors/" + ada.getId()).body();
        assertThat(page).contains("<label for=\"bio\">Bio", "Covers City Hall.</textarea>");

        String longBio = "Covers <City Hall> & the council. " + "x".repeat(2000);
        HttpResponse<String> refused = desk.post("/admin/authors/" + ada.getId(), form(csrf(page),
                "version", version(page), "name", "Ada B. Reporter", "slug", "ada-b-" + unique, "bio", longBio));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("<title>Error: Author Ada Reporter · Newsdesk</title>", "There is a problem", "href=\"#bio\"")
                .contains("id=\"bio-problem\"", "A bio can have at most 2,000 characters; this one has 2,034.")
                .contains("aria-describedby=\"bio-hint bio-problem\"")
                .contains("value=\"Ada B. Reporter\"", "value=\"ada-b-" + unique + "\"")
                .contains("Covers &lt;City Hall&gt; &amp; the council. xxx")
                .doesNotContain("<City Hall>");
        assertThat(authors.get(ada.getId()).getName()).isEqualTo("Ada Reporter");

        HttpResponse<String> saved = desk.post("/admin/authors/" + ada.getId(), form(csrf(page),
                "version", version(page), "name", "Ada B. Reporter", "slug", "ada-b-" + unique,
                "bio", "Covers <City Hall> & the council."));
        assertThat(saved.statusCode()).isEqualTo(303);
        String list = desk.get("/admin/authors").body();
        assertThat(list).contains("Saved the author \u201cAda B. Reporter\u201d.", "Covers &lt;City Hall&gt; &amp; the council.");

        // the page was loaded before that save: saving from it again is refused, nothing overwritten
        HttpResponse<String> stale = desk.post("/admin/authors/" + ada.getId(), form(csrf(page),
                "version", version(page), "name", "Ada Overwritten", "slug", "ada-" + unique, "bio", ""));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed the author \u201cAda B. Reporter\u201d",
                "value=\"Ada Overwritten\"", "<h2 id=\"current-title\">Saved now</h2>");
        assertThat(authors.get(ada.getId()).getName()).isEqualTo("Ada B. Reporter");
    }

    @Test
    void writersAndEditorsAreRefusedTheStaffPagesEvenWithACraftedPost() {
        Browser writerDesk = newsroom.signedIn(newsroom.writer());
        String dashboard = writerDesk.get("/admin/").body();
        assertThat(dashboard).doesNotContain("href=\"/admin/staff\"");
        assertThat(writerDesk.get("/admin/staff").statusCode()).isEqualTo(403);
        assertThat(writerDesk.get("/admin/staff/" + staff.getActive(ADMIN).getId()).statusCode()).isEqualTo(403);
        assertThat(writerDesk.get("/admin/sections/new").statusCode()).as("sections are for editors").isEqualTo(403);
        assertThat(writerDesk.get("/admin/sections").body()).as("but writers can see the tree")
                .doesNotContain("Add a section");

        Browser editorDesk = newsroom.signedIn(newsroom.editor());
        Map<String, String> token = csrf(editorDesk.get("/admin/sections"));
        assertThat(editorDesk.get("/admin/staff/new").statusCode()).isEqualTo(403);
        String intruder = "intruder-" + unique;
        HttpResponse<String> crafted = editorDesk.post("/admin/staff", form(token, "username", intruder,
                "displayName", "Intruder", "role", "ADMIN", "password", STAFF_PASSWORD));
        assertThat(crafted.statusCode()).isEqualTo(403);
        assertThat(crafted.body()).contains("Not allowed").doesNotContain("Exception");
        HttpResponse<String> promote = editorDesk.post("/admin/staff/" + staff.getActive(newsroom.editor()).getId() + "/account",
                form(token, "version", "0", "displayName", "Eddie Editor", "role", "ADMIN"));
        assertThat(promote.statusCode()).isEqualTo(403);

        assertThat(staff.findActive(intruder)).isEmpty();
        assertThat(staff.getActive(newsroom.editor()).getRoles()).containsExactly(Role.EDITOR);
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Section metro = newsroom.section("Metro " + unique);
        Browser desk = newsroom.signedIn(newsroom.editor());

        Map<String, String> noToken = new LinkedHashMap<>();
        noToken.put("version", String.valueOf(metro.getVersion()));
        noToken.put("name", "Renamed");
        noToken.put("slug", "renamed-" + unique);
        assertThat(desk.post("/admin/sections/" + metro.getId() + "/rename", noToken).statusCode()).isEqualTo(403);
        Map<String, String> wrongToken = csrf(desk.get("/admin/sections"));
        wrongToken.replaceAll((name, token) -> "not-the-token");
        wrongToken.putAll(noToken);
        assertThat(desk.post("/admin/sections/" + metro.getId() + "/rename", wrongToken).statusCode()).isEqualTo(403);
        assertThat(sections.get(metro.getId()).getName()).isEqualTo("Metro " + unique);

        Browser admin = newsroom.signedInAdmin();
        Map<String, String> account = new LinkedHashMap<>();
        account.put("username", "sneaky-" + unique);
        account.put("displayName", "Sneaky");
        account.put("role", "ADMIN");
        account.put("password", STAFF_PASSWORD);
        assertThat(admin.post("/admin/staff", account).statusCode()).isEqualTo(403);
        assertThat(staff.findActive("sneaky-" + unique)).isEmpty();
    }

    @Test
    void anAdminCreatesAnAccountAndATooShortPasswordIsShownAtTheField() {
        Browser admin = newsroom.signedInAdmin();
        String page = admin.get("/admin/staff/new").body();
        assertThat(page).contains("<label for=\"password\">Initial password</label>", "<legend>Role</legend>");
        String newcomer = "newcomer-" + unique;

        HttpResponse<String> tooShort = admin.post("/admin/staff", form(csrf(page), "username", newcomer,
                "displayName", "Nell Newcomer", "role", "EDITOR", "password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("There is a problem", "href=\"#password\"", "id=\"password-problem\"",
                "A password needs at least 12 characters.", "aria-describedby=\"password-hint password-problem\"",
                "value=\"" + newcomer + "\"", "value=\"Nell Newcomer\"");
        assertThat(tagWith(tooShort.body(), "value=\"EDITOR\"")).as("the chosen role is kept").contains("checked");
        assertThat(tooShort.body()).as("a password is never sent back").doesNotContain("value=\"short\"");
        assertThat(staff.findActive(newcomer)).isEmpty();

        HttpResponse<String> created = admin.post("/admin/staff", form(csrf(page), "username", newcomer,
                "displayName", "Nell Newcomer", "role", "EDITOR", "password", STAFF_PASSWORD));
        assertThat(created.statusCode()).isEqualTo(303);
        String list = admin.get("/admin/staff").body();
        assertThat(list).contains("Created the account \u201c" + newcomer + "\u201d", "<th scope=\"col\">Role</th>");
        assertThat(rowOf(list, "staff-" + staff.getActive(newcomer).getId())).contains("Nell Newcomer", "Editor", "Active");
        assertThat(newsroom.signedIn(newcomer).get("/admin/").body()).contains("Nell Newcomer");
    }

    @Test
    void aDeactivatedMemberCannotSignInAndTheirOpenSessionEnds() {
        StaffMember member = staff.getActive(newsroom.writer());
        Browser writerDesk = newsroom.signedIn(newsroom.writer());
        Browser admin = newsroom.signedInAdmin();
        String page = admin.get("/admin/staff/" + member.getId()).body();

        HttpResponse<String> deactivated = admin.post("/admin/staff/" + member.getId() + "/deactivate", form(csrf(page)));
        assertThat(deactivated.statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/staff/" + member.getId()).body()).contains("Deactivated \u201c" + newsroom.writer() + "\u201d",
                "Deactivated: cannot sign in", "Reactivate account");

        assertSessionEnded(writerDesk);
        assertThat(writerDesk.get("/admin/").body()).contains("Sign in to Newsdesk");

        HttpResponse<String> again = newsroom.reader().signIn(newsroom.writer(), STAFF_PASSWORD);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(LoginController.BAD_CREDENTIALS);

        admin.post("/admin/staff/" + member.getId() + "/reactivate", form(csrf(page)));
        assertThat(newsroom.signedIn(newsroom.writer()).get("/admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        StaffMember chief = staff.getActive(ADMIN);
        Browser admin = newsroom.signedInAdmin();
        String page = admin.get("/admin/staff/" + chief.getId()).body();
        assertThat(page).contains("You cannot deactivate your own account").doesNotContain("Deactivate account</button>");

        HttpResponse<String> demote = admin.post("/admin/staff/" + chief.getId() + "/account",
                form(csrf(page), "version", version(page), "displayName", "Administrator", "role", "EDITOR"));
        assertThat(demote.statusCode()).isEqualTo(200);
        assertThat(demote.body()).contains("id=\"role-problem\"", "You cannot remove your own admin role");
        HttpResponse<String> deactivate = admin.post("/admin/staff/" + chief.getId() + "/deactivate", form(csrf(page)));
        assertThat(deactivate.statusCode()).isEqualTo(200);
        assertThat(deactivate.body()).contains("id=\"deactivate-problem\"", "You cannot deactivate your own account");

        assertThat(staff.getActive(ADMIN).effectiveRoles()).contains(Role.ADMIN);
        assertThat(admin.get("/admin/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndEndsTheOpenSessions() {
        StaffMember member = staff.getActive(newsroom.editor());
        Browser editorDesk = newsroom.signedIn(newsroom.editor());
        Browser admin = newsroom.signedInAdmin();
        String page = admin.get("/admin/staff/" + member.getId()).body();

        HttpResponse<String> tooShort = admin.post("/admin/staff/" + member.getId() + "/password",
                form(csrf(page), "password", "elevenchars"));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("id=\"password-problem\"", "A password needs at least 12 characters.");

        String fresh = "a brand new passphrase";
        HttpResponse<String> reset = admin.post("/admin/staff/" + member.getId() + "/password", form(csrf(page), "password", fresh));
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(staff.getActive(newsroom.editor()).getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:");

        assertThat(newsroom.reader().signIn(newsroom.editor(), STAFF_PASSWORD).body()).contains(LoginController.BAD_CREDENTIALS);
        assertSessionEnded(editorDesk);
        assertThat(newsroom.signedIn(newsroom.editor(), fresh).get("/admin/").body()).contains("Eddie Editor");
        assertThat(admin.get("/admin/").statusCode()).as("the admin who reset it stays signed in").isEqualTo(200);
    }

    @Test
    void aChangedRoleEndsTheOpenSessionAndAppliesFromTheNextSignIn() {
        StaffMember member = staff.getActive(newsroom.editor());
        Browser editorDesk = newsroom.signedIn(newsroom.editor());
        assertThat(editorDesk.get("/admin/sections/new").statusCode()).isEqualTo(200);
        Browser admin = newsroom.signedInAdmin();
        String page = admin.get("/admin/staff/" + member.getId()).body();

        HttpResponse<String> demoted = admin.post("/admin/staff/" + member.getId() + "/account",
                form(csrf(page), "version", version(page), "displayName", "Eddie Editor", "role", "WRITER"));
        assertThat(demoted.statusCode()).isEqualTo(303);

        // no screen opened with the editor's role stays in use: the next click signs them out
        assertSessionEnded(editorDesk);
        Browser writerDesk = newsroom.signedIn(newsroom.editor());
        assertThat(writerDesk.get("/admin/").statusCode()).isEqualTo(200);
        assertThat(writerDesk.get("/admin/sections/new").statusCode()).isEqualTo(403);
    }

    /** The open session's next click is sent to the sign-in form, which says an admin changed the account. */
    private static void assertSessionEnded(Browser desk) {
        HttpResponse<String> next = desk.get("/admin/");
        assertThat(next.statusCode()).as("the open session ends: signed out, not an error").isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login?ended"));
        assertThat(desk.get("/admin/login?ended").body()).contains("an admin changed your account");
    }

    // --- helpers

    /** The CSRF field of a page, as a person's browser would send it back. */
    private static Map<String, String> csrf(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return csrf(page.body());
    }

    private static Map<String, String> csrf(String html) {
        return Browser.csrfFieldOf(html);
    }

    /** A form with the CSRF field and the given fields, in order. */
    private static Map<String, String> form(Map<String, String> csrf, String... fields) {
        Map<String, String> form = new LinkedHashMap<>(csrf);
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    /** The version carried by the first form on the page. */
    private static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("a version field on the page").isTrue();
        return m.group(1);
    }

    private static String version(Browser browser, String path) {
        return version(browser.get(path).body());
    }

    private static String versionInRow(String list, Section section) {
        return version(rowOf(list, section));
    }

    /** The whole tag of the element with this attribute. */
    private static String tagWith(String html, String attribute) {
        int at = html.indexOf(attribute);
        assertThat(at).as("an element with %s", attribute).isNotNegative();
        return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    }

    private Section sectionAt(HttpResponse<String> created) {
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        return sections.get(Long.parseLong(location.substring(location.indexOf("#section-") + "#section-".length())));
    }

    /** Where the section's row is in the list: the tree's reading order. */
    private static int rowIndex(String list, Section section) {
        int at = list.indexOf("<tr id=\"section-" + section.getId() + "\"");
        assertThat(at).as("a row for %s", section).isNotNegative();
        return at;
    }

    private static String rowOf(String list, Section section) {
        return rowOf(list, "section-" + section.getId());
    }

    private static String rowOf(String list, String id) {
        int start = list.indexOf("<tr id=\"" + id + "\"");
        assertThat(start).as("a row %s", id).isNotNegative();
        return list.substring(start, list.indexOf("</tr>", start));
    }
}
