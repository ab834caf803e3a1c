package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.ADMIN_PASSWORD;
import static org.newsdesk.cms.web.TestAccounts.STAFF_PASSWORD;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.publishing.PublishingService;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * One test's own newsroom, inside the server: its people, sections, authors and stories, made
 * through the same services an editor's screens call, and its staff signed in over HTTP.
 *
 * <p>A new one is injected into each test (dependent scope), with a word of its own in every
 * username, address and headline it makes: the database outlives a test, a class and (on
 * PostgreSQL) a run, so a test finds only what it made, and touches only that. People, Ada and
 * sections are made when a test first asks for them.
 *
 * <p>Every call that builds a test's data goes through here, so a change to a service's signature
 * is made once.
 */
@Dependent
public class TestNewsroom {

    private final ArticleService articles;
    private final PublishingService publishing;
    private final SectionService sections;
    private final AuthorService authors;
    private final StaffService staff;
    /** The test runner's own request: how this server is reached over HTTP from inside it. */
    private final HttpServletRequest runnerRequest;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> hired = new HashMap<>();
    private Author ada;

    @Inject
    TestNewsroom(ArticleService articles, PublishingService publishing, SectionService sections, AuthorService authors,
            StaffService staff, HttpServletRequest runnerRequest) {
        this.articles = articles;
        this.publishing = publishing;
        this.sections = sections;
        this.authors = authors;
        this.staff = staff;
        this.runnerRequest = runnerRequest;
    }

    /** This test's word, e.g. {@code 1a2b3c4d}: in its names, so that searches find its stories only. */
    public String unique() {
        return unique;
    }

    // --- people -----------------------------------------------------------------------------

    /** Eddie Editor's username. */
    public String editor() {
        return hiredOnce("editor", "Eddie Editor", Role.EDITOR);
    }

    /** Wanda Writer's username. */
    public String writer() {
        return hiredOnce("writer", "Wanda Writer", Role.WRITER);
    }

    /** Nina Nightdesk's username: the second editor, for two people at one story. */
    public String nightEditor() {
        return hiredOnce("night", "Nina Nightdesk", Role.EDITOR);
    }

    /** A staff account made by the administrator; its username is {@code word-<unique>}. */
    public StaffMember hire(String word, String displayName, Role role) {
        return staff.create(ADMIN, word + "-" + unique, displayName, STAFF_PASSWORD, Set.of(role));
    }

    /** The administrator deactivates the account: someone who has left the paper. */
    public void deactivate(StaffMember member) {
        staff.deactivate(ADMIN, member.getId());
    }

    private String hiredOnce(String word, String displayName, Role role) {
        return hired.computeIfAbsent(word, w -> hire(w, displayName, role).getUsername());
    }

    // --- places and bylines -----------------------------------------------------------------

    /**
     * A top-level section made by the editor, at an address that carries this test's word once:
     * "Politics" is at /politics-1a2b3c4d, and so is "Politics 1a2b3c4d".
     */
    public Section section(String name) {
        String slug = slugOf(name);
        return sections.create(editor(), name, slug.endsWith(unique) ? slug : slug + "-" + unique, null);
    }

    /** A subsection: its parent's address is this test's already. */
    public Section section(String name, Section parent) {
        return sections.create(editor(), name, slugOf(name), parent.getId());
    }

    /** An author page at /authors/{first name}-{unique}, e.g. "Bob Stringer" at /authors/bob-1a2b3c4d. */
    public Author author(String name, String bio) {
        return authors.create(editor(), name, slugOf(name.split(" ")[0]) + "-" + unique, bio);
    }

    /** Ada Reporter, who covers City Hall: the byline of most test stories. */
    public Author ada() {
        if (ada == null) {
            ada = author("Ada Reporter", "Covers City Hall.");
        }
        return ada;
    }

    private static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    // --- stories ----------------------------------------------------------------------------

    /** A story with a dek and a paragraph, to change with {@link Story}'s methods before filing. */
    public Story story(String headline, Section section, Author... bylines) {
        return new Story(headline, "A dek.", "<p>A paragraph.</p>", section, List.of(bylines), null, null);
    }

    /** Filed by the editor as a new draft. */
    public Article draft(Story story) {
        return draft(editor(), story);
    }

    /** Filed as a new draft by someone else: a writer, another editor. */
    public Article draft(String by, Story story) {
        return articles.create(by, story.draft());
    }

    /** Filed and published by the editor, now by the test's clock. */
    public Article published(Story story) {
        return publish(draft(story));
    }

    /** The editor saves a change to the working draft: a new revision, not yet seen by readers. */
    public Article save(Article article, Story change) {
        return save(editor(), article, change);
    }

    /** Someone else saves a change: the writer, or the editor who gets there first. */
    public Article save(String by, Article article, Story change) {
        return articles.save(by, article.getId(), article.getVersion(), change.draft());
    }

    /** The editor publishes the working draft; a republish without "show as updated", like a typo fix. */
    public Article publish(Article article) {
        return publish(editor(), article);
    }

    /** Someone else presses Publish: another editor, or a writer who is refused. */
    public Article publish(String by, Article article) {
        return publishing.publish(by, article.getId(), article.getVersion(), false, null);
    }

    /** The editor publishes the working draft as a meaningful update, with its dated note (or none). */
    public Article publishUpdate(Article article, String note) {
        return publishing.publish(editor(), article.getId(), article.getVersion(), true, note);
    }

    public Article schedule(Article article, Instant at) {
        return schedule(editor(), article, at);
    }

    public Article schedule(String by, Article article, Instant at) {
        return publishing.schedule(by, article.getId(), article.getVersion(), at);
    }

    public Article submitForReview(String by, Article article) {
        return publishing.submitForReview(by, article.getId(), article.getVersion());
    }

    /** The editor takes the story down, at the version it has now. */
    public Article unpublish(Article article) {
        return publishing.unpublish(editor(), article.getId(), articles.get(article.getId()).getVersion());
    }

    /** The editor sends the story back to a draft, at the version it has now: out of the queue it was in. */
    public Article returnToDraft(Article article) {
        return publishing.returnToDraft(editor(), article.getId(), articles.get(article.getId()).getVersion());
    }

    // --- over HTTP --------------------------------------------------------------------------

    /** This deployment's address on loopback, e.g. {@code http://127.0.0.1:8123/cms}. */
    public String base() {
        return serverRoot() + contextPath();
    }

    /** The server's own root, where Payara answers /metrics and /health whatever the application's context. */
    public String serverRoot() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort();
    }

    public String contextPath() {
        return runnerRequest.getContextPath();
    }

    /** A reader's browser: no session, no cookies yet. */
    public Browser reader() {
        return new Browser(base());
    }

    /** A staff member of this test, signed in through the form and at the dashboard, as after the redirect. */
    public Browser signedIn(String username) {
        return signedIn(username, STAFF_PASSWORD);
    }

    public Browser signedInAdmin() {
        return signedIn(ADMIN, ADMIN_PASSWORD);
    }

    public Browser signedIn(String username, String password) {
        Browser browser = reader();
        assertThat(browser.signIn(username, password).statusCode()).as("%s signs in", username).isEqualTo(303);
        assertThat(browser.get("/admin/").statusCode()).as("%s sees the dashboard after signing in", username)
                .isEqualTo(200);
        return browser;
    }
}
