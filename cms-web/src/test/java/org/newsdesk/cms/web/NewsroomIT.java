package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.ADMIN_PASSWORD;
import static org.newsdesk.cms.web.TestAccounts.STAFF_PASSWORD;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jakarta.transaction.UserTransaction;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.persistence.DatabaseMigrations;
import org.newsdesk.cms.publishing.ArticleEvent.ArticlePublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUnpublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUpdated;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.staff.FirstStart;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffService;

/**
 * The real cms.war on a real Payara Micro, on the database the build chose (an H2 file, or
 * PostgreSQL when CMS_DB_URL is set): the editorial core end to end, checked through the services
 * and through HTTP as readers and editors get it.
 */
class NewsroomIT extends ContainerTest {

    @Inject
    ArticleService articles;

    @Inject
    StaffService staff;

    @Inject
    FirstStart firstStart;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    RecordedEvents events;

    @Inject
    ConcurrentEditor concurrentEditor;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    private Section metro;
    private Author ada;

    @BeforeEach
    void metroDesk() {
        metro = newsroom.section("Metro");
        ada = newsroom.ada();
    }

    @Test
    void migrationsRanOnTheChosenDatabaseAndTheAdministratorWasCreatedOnce() throws SQLException {
        assertThat(migrations.isDone()).isTrue();
        String expectedDatabase = System.getenv("CMS_DB_URL") == null ? "H2" : "PostgreSQL";
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase);
        }
        if (expectedDatabase.equals("H2")) {
            assertThat(Path.of(System.getenv("CMS_DATA_DIR"), "newsdesk.mv.db")).exists();
        }

        assertThat(staff.getActive(ADMIN).effectiveRoles()).contains(Role.ADMIN);
        assertThat(staff.verify(ADMIN, ADMIN_PASSWORD.toCharArray())).isPresent();
        assertThat(staff.verify(ADMIN, "not the password".toCharArray())).isEmpty();
        assertThat(firstStart.ensureAdministrator()).as("a second attempt creates nobody").isFalse();
        assertThat(staff.getActive(ADMIN).getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:");
    }

    @Test
    void aStoryIsWrittenPublishedRevisedAndRepublishedWhileReadersSeeOnlyTheLiveVersion() {
        String wanda = newsroom.writer();
        Section politics = newsroom.section("Politics");
        Instant published = Instant.parse("2021-12-15T17:49:00Z");

        clock.set(published.minusSeconds(3600));
        Article article = newsroom.draft(wanda, newsroom.story("Council approves budget", politics, ada)
                .dek("A late-night vote.")
                .body("<p>First paragraph.</p><script>alert('x')</script><p onclick=\"steal()\">Second paragraph.</p>")
                .note("first draft"));
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.getSlug()).isEqualTo("council-approves-budget");
        assertThat(article.getBody()).isEqualTo("<p>First paragraph.</p><p>Second paragraph.</p>");

        Article inReview = newsroom.submitForReview(wanda, article);
        long id = article.getId();
        assertThatThrownBy(() -> newsroom.publish(wanda, inReview))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("Only editors can publish");

        clock.set(published);
        article = newsroom.publish(inReview);
        String url = "/politics-" + newsroom.unique() + "/2021/12/15/council-approves-budget";
        HttpResponse<String> firstView = reader().get(url);
        assertThat(firstView.headers().firstValue("Content-Security-Policy")).as("security headers on public pages")
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(firstView.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String page = firstView.body();
        assertThat(page).contains("<h1>Council approves budget</h1>", "A late-night vote.", "Ada Reporter",
                "<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>",
                "<p>First paragraph.</p><p>Second paragraph.</p>");
        assertThat(page).doesNotContain("Updated:", "alert(");
        assertThat(events.about(id)).containsExactly(new ArticlePublished(id, published));

        // a saved edit is a new revision that readers do not see until it is published
        clock.set(published.plusSeconds(600));
        article = newsroom.save(article, Story.of(article).headline("Council approves budget after all-night session"));
        assertThat(article.hasPendingChanges()).isTrue();
        assertThat(reader().get(url).body()).contains("<h1>Council approves budget</h1>");

        // a republish without "show as updated" (a typo fix) leaves the displayed times alone
        clock.set(published.plusSeconds(900));
        article = newsroom.publish(article);
        page = reader().get(url).body();
        assertThat(page).contains("<h1>Council approves budget after all-night session</h1>").doesNotContain("Updated:");

        // a meaningful update shows "Updated:" with its own time
        Instant updated = Instant.parse("2021-12-15T19:38:00Z");
        clock.set(updated.minusSeconds(60));
        article = newsroom.save(article, Story.of(article).headline("Council approves budget; mayor to sign"));
        clock.set(updated);
        article = newsroom.publishUpdate(article, "Adds the mayor's response.");
        page = reader().get(url).body();
        assertThat(page).contains("<h1>Council approves budget; mayor to sign</h1>",
                "Updated: <time datetime=\"2021-12-15T14:38:00-05:00\">December 15, 2021 2:38pm</time>");

        Article stored = articles.get(id);
        assertThat(stored.getFirstPublishedAt()).contains(published);
        assertThat(stored.getDisplayedUpdatedAt()).contains(updated);
        assertThat(stored.getUpdateNotes()).singleElement()
                .satisfies(note -> assertThat(note.getText()).isEqualTo("Adds the mayor's response."));
        assertThat(articles.revisions(id)).extracting(r -> r.getNumber()).containsExactly(3, 2, 1);
        assertThat(articles.revisions(id).get(2).getNote()).isEqualTo("first draft");
        assertThat(events.about(id)).containsExactly(new ArticlePublished(id, published),
                new ArticleUpdated(id, published.plusSeconds(900), false), new ArticleUpdated(id, updated, true));

        clock.set(updated.plusSeconds(60));
        newsroom.unpublish(stored);
        HttpResponse<String> gone = reader().get(url);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("This story has been removed").doesNotContain("Council approves");
        assertThat(events.about(id)).last().isEqualTo(new ArticleUnpublished(id, updated.plusSeconds(60)));
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedNamingWhoSavedAndNothingIsOverwritten() {
        Article article = metroDraft("Bridge reopens", "<p>Traffic flows.</p>");
        long id = article.getId();

        // both opened the article at this version; Nina saves first
        newsroom.save(newsroom.nightEditor(), article, Story.of(article).headline("Bridge reopens after repairs"));

        assertThatThrownBy(() -> newsroom.save(article, Story.of(article).headline("Bridge reopens to cheers")))
                .isInstanceOfSatisfying(StaleEditException.class, stale -> {
                    assertThat(stale.savedBy()).isEqualTo("Nina Nightdesk");
                    assertThat(stale.getMessage()).contains("Nina Nightdesk");
                });
        assertThatThrownBy(() -> newsroom.publish(article))
                .isInstanceOf(StaleEditException.class);

        Article stored = articles.get(id);
        assertThat(stored.getHeadline()).isEqualTo("Bridge reopens after repairs");
        assertThat(stored.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(articles.revisions(id)).hasSize(2);
        assertThat(events.about(id)).isEmpty();
    }

    @Test
    void aSaveThatLosesTheRaceAtTheDatabaseIsRefusedNamingTheWinner() throws Exception {
        Article article = metroDraft("Bridge reopens", "<p>Traffic flows.</p>");
        long id = article.getId();
        long openedAt = article.getVersion();
        String nina = newsroom.nightEditor(); // hired before the transaction that rolls back

        transaction.begin();
        try {
            articles.get(id); // this editor's transaction has read the article...
            // ...when another editor's save commits, after the version check but before the write
            concurrentEditor.save(nina, id, openedAt, draftOf(article, "Bridge reopens after repairs"));
            assertThatThrownBy(() -> newsroom.save(article, Story.of(article).headline("Bridge reopens to cheers")))
                    .isInstanceOfSatisfying(StaleEditException.class, stale ->
                            assertThat(stale.savedBy()).isEqualTo("Nina Nightdesk"));
        } finally {
            transaction.rollback();
        }
        assertThat(articles.get(id).getHeadline()).isEqualTo("Bridge reopens after repairs");
        assertThat(articles.revisions(id)).hasSize(2);
    }

    @Test
    void aPublishThatRollsBackAnnouncesNothingAndShowsReadersNothing() throws Exception {
        clock.set(Instant.parse("2022-03-01T15:00:00Z"));
        Article article = metroDraft("Tunnel plan", "<p>Digging.</p>");
        long id = article.getId();

        transaction.begin();
        try {
            newsroom.publish(article);
        } finally {
            transaction.rollback();
        }

        assertThat(events.about(id)).isEmpty();
        assertThat(articles.get(id).getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(reader().get("/metro-" + newsroom.unique() + "/2022/03/01/tunnel-plan").statusCode()).isEqualTo(404);
    }

    @Test
    void bylinesKeepTheOrderTheEditorGivesThemAndEachRevisionKeepsItsOwn() {
        Author bob = newsroom.author("Bob Stringer", null);
        Author cy = newsroom.author("Cy Guest", "A guest contributor, without a login.");
        Story storm = newsroom.story("Storm closes schools", metro, ada, bob).dek(null).body("<p>Snow.</p>");
        Article article = newsroom.draft(storm);
        long id = article.getId();

        article = newsroom.save(article, storm.by(bob, ada));
        article = newsroom.save(article, storm.by(cy, bob));

        assertThat(articles.get(id).getBylines()).extracting(Author::getName).containsExactly("Cy Guest", "Bob Stringer");
        assertThat(articles.revisions(id)).extracting(r -> r.getBylines().stream().map(Author::getName).toList())
                .containsExactly(List.of("Cy Guest", "Bob Stringer"), List.of("Bob Stringer", "Ada Reporter"),
                        List.of("Ada Reporter", "Bob Stringer"));
    }

    @Test
    void aWriterCannotLearnAnythingAboutAnotherWritersStoryByProbingIt() {
        Article article = metroDraft("Embargoed scoop", "<p>Secret.</p>");

        assertThatThrownBy(() -> articles.save(newsroom.writer(), article.getId(), article.getVersion() + 7,
                draftOf(article, "Defaced")))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageNotContaining("Eddie Editor");
        assertThat(articles.get(article.getId()).getHeadline()).isEqualTo("Embargoed scoop");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndASlugIsUniqueWithinItsSection() {
        String wanda = newsroom.writer();
        Section sports = newsroom.section("Sports");

        assertThatThrownBy(() -> newsroom.draft(wanda, newsroom.story(" ", null).dek("x".repeat(401)).body("")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("headline", "dek", "section", "bylines"));

        Story derby = newsroom.story("Derby day", sports, ada).dek(null).body("<p>Goals.</p>");
        assertThat(newsroom.draft(wanda, derby).getSlug()).isEqualTo("derby-day");
        assertThat(newsroom.draft(wanda, derby).getSlug()).as("a generated slug steps aside").isEqualTo("derby-day-2");
        assertThatThrownBy(() -> newsroom.draft(wanda, derby.headline("Another derby").body("").slug("derby-day")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("slug"));
    }

    @Test
    void theAdminUiRequiresSignInWithACsrfProtectedForm() {
        Browser browser = newsroom.reader();

        HttpResponse<String> dashboard = browser.get("/admin/");
        assertThat(dashboard.body()).as("signed out, the sign-in form stands in for the page")
                .contains("Sign in to Newsdesk").doesNotContain("Dashboard");
        assertThat(dashboard.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(dashboard.headers().firstValue("Cache-Control")).contains("private, no-store");

        HttpResponse<String> form = browser.get("/admin/login");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"username\">Username</label>", "<label for=\"password\">Password</label>");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(form.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        Map<String, String> noToken = new java.util.LinkedHashMap<>();
        noToken.put("username", ADMIN);
        noToken.put("password", ADMIN_PASSWORD);
        assertThat(browser.post("/admin/login", noToken).statusCode()).as("no CSRF token").isEqualTo(403);

        HttpResponse<String> wrong = browser.signIn(ADMIN, "not the password");
        assertThat(wrong.body()).contains(org.newsdesk.cms.web.security.LoginController.BAD_CREDENTIALS)
                .contains("value=\"" + ADMIN + "\"");
        assertThat(browser.get("/admin/").body()).as("still signed out").contains("Sign in to Newsdesk");

        HttpResponse<String> signedIn = browser.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/"));
        assertThat(signedIn.headers().firstValue("Set-Cookie")).as("a new session id at sign-in")
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> home = browser.get("/admin/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as <strong>Administrator</strong>");
        assertThat(home.headers().firstValue("Cache-Control")).contains("private, no-store");

        HttpResponse<String> signedOut = browser.post("/admin/logout", Browser.csrfFieldOf(home.body()));
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(browser.get("/admin/").body()).as("signed out").contains("Sign in to Newsdesk");
    }

    @Test
    void aSignedOutEditorLandsWhereTheyWereGoingAfterSigningIn() {
        Browser browser = newsroom.reader();
        String standIn = browser.get("/admin/?from=bookmark").body();
        assertThat(standIn).contains("name=\"next\" value=\"/admin/?from=bookmark\"");
        Map<String, String> form = Browser.csrfFieldOf(standIn);
        form.put("next", "/admin/?from=bookmark");
        form.put("username", newsroom.editor());
        form.put("password", STAFF_PASSWORD);
        HttpResponse<String> signedIn = browser.post("/admin/login", form);
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/admin/?from=bookmark"));
        assertThat(browser.get("/admin/?from=bookmark").body()).contains("Eddie Editor");

        Browser phished = newsroom.reader();
        Map<String, String> offsite = Browser.csrfFieldOf(phished.get("/admin/login").body());
        offsite.put("next", "//evil.example/admin/");
        offsite.put("username", newsroom.editor());
        offsite.put("password", STAFF_PASSWORD);
        assertThat(phished.post("/admin/login", offsite).headers().firstValue("Location"))
                .as("never on to another site").hasValueSatisfying(l -> assertThat(l).endsWith("/admin/").doesNotContain("evil"));
    }

    /** A new draft by the editor in Metro, bylined to Ada. */
    private Article metroDraft(String headline, String body) {
        return newsroom.draft(newsroom.story(headline, metro, ada).dek(null).body(body));
    }

    private static ArticleDraft draftOf(Article article, String headline) {
        return Story.of(article).headline(headline).draft();
    }

    private Browser reader() {
        return newsroom.reader();
    }

}
