package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.staff.Role;

/**
 * The article editor over HTTP, as editors use it: the real cms.war on Payara Micro, signed in
 * through the form, every change a CSRF-protected POST. Asserts what an editor sees: the message
 * at the field, the flash, the new state, the refusal.
 */
class ArticleEditorIT extends ContainerTest {

    @Inject
    ArticleService articles;

    private Section metro;
    private Author ada;

    @BeforeEach
    void metroDesk() {
        metro = newsroom.section("Metro " + newsroom.unique());
        ada = newsroom.ada();
    }

    @Test
    void anEditorWritesPublishesAndUpdatesAStoryFromTheEditor() {
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> form = Browser.csrfFieldOf(desk.get("/admin/articles/new").body());
        form.putAll(story("Council approves budget", "A late-night vote."));
        form.put("action", "save");

        HttpResponse<String> created = desk.post("/admin/articles/new", form);
        assertThat(created.statusCode()).isEqualTo(303);
        String editorPath = path(created);
        assertThat(editorPath).matches("/admin/articles/\\d+");

        String page = desk.get(editorPath).body();
        assertThat(page).contains("Draft saved as revision 1.", "value=\"Council approves budget\"",
                "value=\"council-approves-budget\"", ">a draft<", ">Publish</button>");
        assertThat(page).doesNotContain("View on site");

        HttpResponse<String> published = desk.post(editorPath, action(page, "publish"));
        assertThat(published.statusCode()).isEqualTo(303);
        page = desk.get(editorPath).body();
        assertThat(page).contains("Published: readers now see this version.", ">published<", ">View on site</a>",
                ">Publish update</button>", "Show as updated");
        long id = idOf(editorPath);
        assertThat(articles.get(id).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);

        Map<String, String> update = action(page, "update");
        update.put("headline", "Council approves budget after all-night session");
        update.put("showAsUpdated", "yes");
        update.put("updateNote", "Adds the final vote count.");
        desk.post(editorPath, update);
        page = desk.get(editorPath).body();
        assertThat(page).contains("Changes saved as revision 2.", "Update published: readers see it marked \u201cUpdated: ");
        Article article = articles.get(id);
        assertThat(article.getLiveRevision().orElseThrow().getHeadline()).isEqualTo("Council approves budget after all-night session");
        assertThat(article.getDisplayedUpdatedAt()).isPresent();
    }

    @Test
    void aWriterCannotPublishEvenByCraftingThePost() {
        Article draft = newsroom.draft(newsroom.writer(), story("Writer's story"));
        Browser wanda = newsroom.signedIn(newsroom.writer());
        String page = wanda.get("/admin/articles/" + draft.getId()).body();
        assertThat(page).contains(">Save draft</button>", ">Submit for review</button>")
                .doesNotContain(">Publish</button>", ">Schedule</button>", "Published time");

        HttpResponse<String> crafted = wanda.post("/admin/articles/" + draft.getId(), action(page, "publish"));

        assertThat(crafted.statusCode()).isEqualTo(403);
        assertThat(crafted.body()).doesNotContain("Exception", "at org.");
        assertThat(articles.get(draft.getId()).getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(articles.get(draft.getId()).getLatestRevisionNumber()).as("the refused publish saved nothing either").isEqualTo(1);
    }

    @Test
    void aPostWithoutAValidCsrfTokenIsRefusedAndChangesNothing() {
        Article draft = newsroom.draft(story("Untouched story"));
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> form = action(desk.get("/admin/articles/" + draft.getId()).body(), "save");
        form.put("headline", "Forged headline");

        Map<String, String> missing = new LinkedHashMap<>(form);
        missing.remove(missing.keySet().iterator().next());
        Map<String, String> wrong = new LinkedHashMap<>(form);
        wrong.put(wrong.keySet().iterator().next(), "not-the-token");

        assertThat(desk.post("/admin/articles/" + draft.getId(), missing).statusCode()).isEqualTo(403);
        assertThat(desk.post("/admin/articles/" + draft.getId(), wrong).statusCode()).isEqualTo(403);
        assertThat(articles.get(draft.getId()).getHeadline()).isEqualTo("Untouched story");
        assertThat(articles.get(draft.getId()).getLatestRevisionNumber()).isEqualTo(1);
    }

    @Test
    void badInputIsShownAtEachFieldWithASummaryAndTheInputIsKept() {
        newsroom.draft(story("Taken slug story"));
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> form = Browser.csrfFieldOf(desk.get("/admin/articles/new").body());
        form.put("headline", "");
        form.put("dek", "d".repeat(ArticleDraft.DEK_MAXIMUM + 1));
        form.put("section", "999999999");
        form.put("bylines", String.valueOf(ada.getId()));
        form.put("body", "<p>Words the editor typed.</p>");
        form.put("action", "save");

        String page = desk.post("/admin/articles/new", form).body();

        assertThat(page).contains("There is a problem", "href=\"#headline\">Enter a headline.</a>",
                "id=\"headline-problem\"", "The dek can have at most 400 characters; it has 401.",
                "id=\"dek-problem\"", "aria-invalid=\"true\"");
        assertThat(page).as("the typed body is kept").contains("&lt;p&gt;Words the editor typed.&lt;/p&gt;");

        form.put("headline", "Another story");
        form.put("dek", "Short.");
        form.put("section", String.valueOf(metro.getId()));
        form.put("slug", "taken-slug-story");
        page = desk.post("/admin/articles/new", form).body();
        assertThat(page).contains("id=\"slug-problem\"", "already uses the slug \u201ctaken-slug-story\u201d",
                "value=\"Another story\"");

        form.put("section", "12345678901");
        form.put("slug", "");
        page = desk.post("/admin/articles/new", form).body();
        assertThat(page).contains("The chosen section no longer exists; choose another.");
    }

    @Test
    void aScheduledTimeInThePastIsRefusedAtTheFieldAndNothingIsSaved() {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        Article draft = newsroom.draft(story("Scheduled story"));
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> form = action(desk.get("/admin/articles/" + draft.getId()).body(), "schedule");
        form.put("dek", "A dek typed before scheduling.");
        form.put("scheduledAt", "2026-03-10T10:59"); // a minute before "now" in New York

        String page = desk.post("/admin/articles/" + draft.getId(), form).body();

        assertThat(page).contains("href=\"#scheduledAt\">Choose a time in the future to schedule the article.</a>",
                "id=\"scheduledAt-problem\"", "A dek typed before scheduling.", "value=\"2026-03-10T10:59\"");
        assertThat(articles.get(draft.getId()).getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(articles.get(draft.getId()).getLatestRevisionNumber()).as("the dek was not saved half-way").isEqualTo(1);

        form = action(desk.get("/admin/articles/" + draft.getId()).body(), "schedule");
        form.put("scheduledAt", "2026-03-10T18:30");
        desk.post("/admin/articles/" + draft.getId(), form);
        assertThat(desk.get("/admin/articles/" + draft.getId()).body())
                .contains("Scheduled to publish at March 10, 2026 6:30pm.", ">scheduled<");
        Article scheduled = articles.get(draft.getId());
        assertThat(scheduled.getScheduledAt()).contains(Instant.parse("2026-03-10T22:30:00Z"));
        // while the clock still says March: once it is real again, the schedule poller of this
        // deployment would publish it, and later tests would find it on the site
        newsroom.returnToDraft(scheduled);
    }

    @Test
    void theSecondOfTwoConcurrentEditorsIsToldWhoSavedAndKeepsTheirText() {
        clock.set(Instant.parse("2026-06-01T18:05:00Z"));
        Article draft = newsroom.draft(story("Shared story"));
        Browser eddie = newsroom.signedIn(newsroom.editor());
        Browser nina = newsroom.signedIn(newsroom.nightEditor());
        Map<String, String> eddieForm = action(eddie.get("/admin/articles/" + draft.getId()).body(), "save");
        Map<String, String> ninaForm = action(nina.get("/admin/articles/" + draft.getId()).body(), "save");

        ninaForm.put("headline", "Nina's sharper headline");
        assertThat(nina.post("/admin/articles/" + draft.getId(), ninaForm).statusCode()).isEqualTo(303);

        eddieForm.put("body", "<p>Eddie's new paragraph, typed for ten minutes.</p>");
        HttpResponse<String> refused = eddie.post("/admin/articles/" + draft.getId(), eddieForm);

        String page = refused.body();
        assertThat(page).contains("Someone else saved this article first", "Nina Nightdesk",
                "June 1, 2026 2:05pm", "Eddie&#39;s new paragraph, typed for ten minutes.",
                "Nina&#39;s sharper headline");
        Article current = articles.get(draft.getId());
        assertThat(current.getHeadline()).isEqualTo("Nina's sharper headline");
        assertThat(current.getBody()).doesNotContain("Eddie");
        assertThat(page).as("the form now carries the newer version, so saving again is a deliberate merge")
                .contains("name=\"version\" value=\"" + current.getVersion() + "\"");

        Map<String, String> merged = action(page, "save");
        merged.put("headline", "Nina's sharper headline");
        merged.put("body", "<p>Eddie's new paragraph, typed for ten minutes.</p>");
        assertThat(eddie.post("/admin/articles/" + draft.getId(), merged).statusCode()).isEqualTo(303);
        assertThat(articles.get(draft.getId()).getBody()).contains("Eddie's new paragraph");
        assertThat(articles.get(draft.getId()).getHeadline()).isEqualTo("Nina's sharper headline");
    }

    /**
     * Many editors press Save on the same version at the same moment: one wins, every other one
     * gets the stale-edit page with their own text, never "Something went wrong" (the revision
     * number taken twice at the database, before the story's row was locked for a change).
     */
    @Test
    void manyEditorsSavingTheSameVersionAtOnceGetOneWinnerAndStalePagesNeverAnError() throws Exception {
        Article draft = newsroom.draft(story("Everyone's story"));
        int editors = 8;
        List<Browser> desks = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            Browser desk = newsroom.signedIn(newsroom.hire("racer" + i, "Racer " + i, Role.EDITOR).getUsername());
            Map<String, String> form = action(desk.get("/admin/articles/" + draft.getId()).body(), "save");
            form.put("body", "<p>Paragraph typed by racer " + i + ".</p>");
            desks.add(desk);
            forms.add(form);
        }
        List<LogRecord> databaseWarnings = new CopyOnWriteArrayList<>();
        Handler watch = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLoggerName() != null
                        && record.getLoggerName().startsWith("org.eclipse.persistence")) {
                    databaseWarnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(watch);
        ExecutorService pressing = Executors.newFixedThreadPool(editors);
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                int racer = i;
                answers.add(pressing.submit(() -> {
                    ready.await();
                    return desks.get(racer).post("/admin/articles/" + draft.getId(), forms.get(racer));
                }));
            }
            ready.countDown();
            int saved = 0;
            for (int i = 0; i < editors; i++) {
                HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
                if (answer.statusCode() == 303) {
                    saved++;
                } else {
                    assertThat(answer.statusCode()).as("racer %d", i).isEqualTo(200);
                    assertThat(answer.body()).contains("Someone else saved this article first",
                            "Paragraph typed by racer " + i + ".").doesNotContain("Something went wrong");
                }
            }
            assertThat(saved).as("one save wins").isEqualTo(1);
            assertThat(databaseWarnings).as("a lost race is no database error: nothing for the log")
                    .extracting(LogRecord::getLoggerName).isEmpty();
        } finally {
            pressing.shutdownNow();
            Logger.getLogger("").removeHandler(watch);
        }
        assertThat(articles.revisions(draft.getId())).hasSize(2);
    }

    @Test
    void revisionsCompareWordByWordAndAnOldOneCanBeRestoredAsANewDraft() {
        Article article = newsroom.draft(story("Senate passes the budget"));
        article = newsroom.save(article, story("Senate rejects the budget").body("<p>The Senate voted.</p>").note("new top"));
        Browser desk = newsroom.signedIn(newsroom.editor());
        String path = "/admin/articles/" + article.getId() + "/revisions";

        String page = desk.get(path).body();
        assertThat(page).contains("<del>passes</del>", "<ins>rejects</ins>", "new top", "Eddie Editor",
                "Restore revision 1");

        Map<String, String> restore = Browser.csrfFieldOf(page);
        restore.put("version", String.valueOf(article.getVersion()));
        HttpResponse<String> restored = desk.post(path + "/1/restore", restore);
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(desk.get("/admin/articles/" + article.getId()).body())
                .contains("Revision 1 restored as the new draft, revision 3.");
        Article now = articles.get(article.getId());
        assertThat(now.getHeadline()).isEqualTo("Senate passes the budget");
        assertThat(articles.revisions(article.getId())).hasSize(3);
    }

    @Test
    void aMigratedStoryKeepsTheOriginalPublishedTimeTheEditorEnters() {
        Article draft = newsroom.draft(story("Archive story"));
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> form = action(desk.get("/admin/articles/" + draft.getId()).body(), "publish");
        form.put("publishedAt", "2019-03-02T09:15");

        desk.post("/admin/articles/" + draft.getId(), form);

        assertThat(articles.get(draft.getId()).getFirstPublishedAt()).contains(Instant.parse("2019-03-02T14:15:00Z"));
        assertThat(desk.get("/admin/articles/" + draft.getId()).body())
                .contains("First published <span>March 2, 2019 9:15am</span>", "/2019/03/02/archive-story");
    }

    @Test
    void aPreviewShowsTheDraftWithThePublicTemplateAndIsNeverCachedPublicly() {
        Article article = newsroom.draft(story("Preview story"));
        article = newsroom.publish(article);
        newsroom.save(article, story("Preview story, rewritten").body("<p>Words readers have not seen.</p>"));
        Browser desk = newsroom.signedIn(newsroom.editor());

        HttpResponse<String> preview = desk.get("/admin/articles/" + article.getId() + "/preview");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store", "private"));
        assertThat(preview.body()).contains("Preview story, rewritten", "Words readers have not seen.",
                "<meta name=\"robots\" content=\"noindex\">");
        assertThat(newsroom.reader().get("/admin/articles/" + article.getId() + "/preview").body())
                .as("signed out: the sign-in form, not the draft").doesNotContain("Words readers have not seen.");
    }

    @Test
    void aSharedPreviewLinkOpensTheDraftWithoutALoginUntilItExpiresOrIsWithdrawn() {
        Instant made = Instant.parse("2026-04-01T12:00:00Z");
        clock.set(made);
        Article article = newsroom.draft(newsroom.writer(), story("Embargoed story"));
        Browser wanda = newsroom.signedIn(newsroom.writer());
        String editorPage = wanda.get("/admin/articles/" + article.getId()).body();
        Map<String, String> share = Browser.csrfFieldOf(editorPage.substring(editorPage.indexOf("Share a preview")));
        share.put("validFor", "P1D");

        assertThat(wanda.post("/admin/articles/" + article.getId() + "/preview/links", share).statusCode()).isEqualTo(303);
        editorPage = wanda.get("/admin/articles/" + article.getId()).body();
        Matcher shared = Pattern.compile("not shown again: \\S*(/preview/[A-Za-z0-9_-]{43})").matcher(editorPage);
        assertThat(shared.find()).as("the flash shows the link once").isTrue();
        String link = shared.group(1);
        assertThat(editorPage).contains("April 2, 2026 8:00am", ">Withdraw link</button>");
        assertThat(wanda.get("/admin/articles/" + article.getId()).body()).doesNotContain(link);

        Browser source = newsroom.reader();
        HttpResponse<String> opened = source.get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Embargoed story");
        assertThat(opened.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(opened.headers().firstValue("Referrer-Policy")).contains("no-referrer");

        assertThat(source.get(link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A")).statusCode())
                .as("an altered token opens nothing").isEqualTo(410);

        clock.set(made.plusSeconds(24 * 3600 + 1));
        HttpResponse<String> expired = source.get(link);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("expired or was withdrawn").doesNotContain("Embargoed story");

        clock.set(made);
        assertThat(source.get(link).statusCode()).isEqualTo(200);
        editorPage = wanda.get("/admin/articles/" + article.getId()).body();
        Matcher withdraw = Pattern.compile("action=\"[^\"]*(/admin/articles/\\d+/preview/links/\\d+/revoke)\"").matcher(editorPage);
        assertThat(withdraw.find()).isTrue();
        Map<String, String> revoke = Browser.csrfFieldOf(editorPage.substring(withdraw.start()));
        assertThat(wanda.post(withdraw.group(1), revoke).statusCode())
                .isEqualTo(303);
        assertThat(source.get(link).statusCode()).as("withdrawn").isEqualTo(410);
    }

    @Test
    void unknownArticlesAndMalformedFormsAnswerOurOwnErrorPages() {
        Browser desk = newsroom.signedIn(newsroom.editor());
        HttpResponse<String> missing = desk.get("/admin/articles/987654321987");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Exception");

        Article draft = newsroom.draft(story("Malformed form story"));
        Map<String, String> malformed = action(desk.get("/admin/articles/" + draft.getId()).body(), "save");
        malformed.put("version", "not-a-number");
        HttpResponse<String> refused = desk.post("/admin/articles/" + draft.getId(), malformed);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Request not understood").doesNotContain("Exception", "Payara");
    }

    // --- unsaved text: autosave ----------------------------------------------------------------

    /**
     * An autosave keeps what was typed and nothing else changes: not the draft, its version, the
     * history or what readers see. The editor offers the text back, restoring fills the form, and
     * the person's real save then forgets it.
     */
    @Test
    void anAutosaveKeepsTheTypedTextWithoutChangingTheStoryAndTheEditorOffersItBackUntilASave() {
        Article article = articles.get(newsroom.published(story("Budget vote tonight")).getId());
        Browser desk = newsroom.signedIn(newsroom.editor());
        String editor = "/admin/articles/" + article.getId();
        Map<String, String> typed = action(desk.get(editor).body(), "save");
        typed.remove("action");
        typed.put("headline", "Budget passes after all-night vote");
        typed.put("body", "<p>The council voted 7 to 2 at dawn.</p><script>alert(1)</script>");

        HttpResponse<String> kept = desk.post(editor + "/autosave", typed);

        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(kept.body()).contains("\"keptAt\"");
        Article after = articles.get(article.getId());
        assertThat(after.getHeadline()).isEqualTo("Budget vote tonight");
        assertThat(after.getVersion()).isEqualTo(article.getVersion());
        assertThat(after.getModifiedAt()).isEqualTo(article.getModifiedAt());
        assertThat(after.hasPendingChanges()).as("readers' version untouched, nothing pending").isFalse();
        assertThat(articles.revisions(article.getId())).hasSize(1);

        String page = desk.get(editor).body();
        assertThat(page).contains("You have unsaved text for this story", ">Restore unsaved text</button>", ">Discard</button>",
                "value=\"Budget vote tonight\"").doesNotContain("The story has changed since you opened it");
        assertThat(desk.get(editor + "/revisions").body()).as("the history has no autosave in it")
                .doesNotContain("Budget passes after all-night vote");
        assertThat(newsroom.signedIn(newsroom.nightEditor()).get(editor).body()).as("nobody else's unsaved text is offered")
                .doesNotContain("You have unsaved text");

        String restored = desk.get(editor + "?restore=unsaved").body();
        assertThat(restored).contains("Your unsaved text is back in the form", "value=\"Budget passes after all-night vote\"",
                "The council voted 7 to 2 at dawn.", "name=\"version\" value=\"" + article.getVersion() + "\"")
                .as("kept as a save keeps it: cleaned").doesNotContain("alert(1)");

        assertThat(desk.post(editor, action(restored, "save")).statusCode()).isEqualTo(303);
        assertThat(articles.get(article.getId()).getHeadline()).isEqualTo("Budget passes after all-night vote");
        assertThat(articles.revisions(article.getId())).hasSize(2);
        assertThat(desk.get(editor).body()).as("a save forgets the unsaved text").contains("Changes saved as revision 2.")
                .doesNotContain("You have unsaved text");
    }

    @Test
    void anAutosaveNeedsTheCsrfTokenAndSomeoneWhoMayEditTheStory() {
        Article draft = newsroom.draft(story("Editor's own story"));
        String editor = "/admin/articles/" + draft.getId();
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> typed = action(desk.get(editor).body(), "save");
        typed.remove("action");
        typed.put("headline", "Forged autosave");
        Map<String, String> missing = new LinkedHashMap<>(typed);
        missing.remove(missing.keySet().iterator().next());
        Map<String, String> wrong = new LinkedHashMap<>(typed);
        wrong.put(wrong.keySet().iterator().next(), "not-the-token");

        assertThat(desk.post(editor + "/autosave", missing).statusCode()).isEqualTo(403);
        assertThat(desk.post(editor + "/autosave", wrong).statusCode()).isEqualTo(403);
        assertThat(desk.get(editor).body()).doesNotContain("You have unsaved text");

        Browser wanda = newsroom.signedIn(newsroom.writer());
        Map<String, String> hers = new LinkedHashMap<>(Browser.csrfFieldOf(wanda.get("/admin/").body()));
        typed.entrySet().stream().skip(1).forEach(field -> hers.put(field.getKey(), field.getValue()));
        HttpResponse<String> refused = wanda.post(editor + "/autosave", hers);
        assertThat(refused.statusCode()).as("a writer may not keep text for someone else's story").isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Exception", "at org.");
        assertThat(wanda.get(editor).body()).doesNotContain("You have unsaved text");

        HttpResponse<String> signedOut = newsroom.reader().post(editor + "/autosave", typed);
        assertThat(signedOut.headers().firstValue("Content-Type")).as("signed out: the sign-in form, which the script recognises")
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(signedOut.body()).contains("Sign in to Newsdesk");
        assertThat(articles.get(draft.getId()).getHeadline()).isEqualTo("Editor's own story");
    }

    @Test
    void aHalfWrittenStoryIsKeptButTextTooLongForASaveIsRefusedAsASaveWouldRefuseIt() {
        Article draft = newsroom.draft(story("Half-written story"));
        String editor = "/admin/articles/" + draft.getId();
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> typed = action(desk.get(editor).body(), "save");
        typed.remove("action");
        typed.put("headline", "");
        typed.put("section", "");
        typed.put("bylines", "");
        typed.put("slug", "Not A Slug Yet");
        assertThat(desk.post(editor + "/autosave", typed).statusCode()).as("no headline or section yet: still kept").isEqualTo(200);
        assertThat(desk.get(editor + "?restore=unsaved").body()).contains("value=\"Not A Slug Yet\"");

        typed.put("dek", "d".repeat(ArticleDraft.DEK_MAXIMUM + 1));
        HttpResponse<String> tooLong = desk.post(editor + "/autosave", typed);
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"field\":\"dek\"", "The dek can have at most 400 characters; it has 401.");

        typed.put("dek", "");
        typed.put("body", "x".repeat(ArticleDraft.BODY_MAXIMUM + 1));
        HttpResponse<String> tooLongBody = desk.post(editor + "/autosave", typed);
        assertThat(tooLongBody.statusCode()).isEqualTo(422);
        assertThat(tooLongBody.body()).contains("The body is too long to save").hasSizeLessThan(2_000);
        assertThat(desk.get(editor + "?restore=unsaved").body()).as("the refused autosaves kept nothing: the earlier one stands")
                .contains("value=\"Not A Slug Yet\"").doesNotContain("ddddd");
    }

    /** Unsaved text typed before someone else saved never overwrites their save unseen: it is saved as a merge. */
    @Test
    void unsavedTextTypedBeforeSomeoneElseSavedComesBackBesideTheirVersion() {
        Article draft = newsroom.draft(story("Shared story"));
        String editor = "/admin/articles/" + draft.getId();
        Browser eddie = newsroom.signedIn(newsroom.editor());
        Map<String, String> typed = action(eddie.get(editor).body(), "save");
        typed.remove("action");
        typed.put("body", "<p>Eddie's paragraph, typed before his session ended.</p>");
        assertThat(eddie.post(editor + "/autosave", typed).statusCode()).isEqualTo(200);

        newsroom.save(newsroom.nightEditor(), draft, Story.of(draft).headline("Nina's headline"));

        Browser eddieAgain = newsroom.signedIn(newsroom.editor());
        assertThat(eddieAgain.get(editor).body()).contains("You have unsaved text for this story",
                "The story has changed since you opened it", "Nina Nightdesk");
        String restored = eddieAgain.get(editor + "?restore=unsaved").body();
        assertThat(restored).contains("Eddie&#39;s paragraph", "name=\"version\" value=\"" + draft.getVersion() + "\"");

        String stale = eddieAgain.post(editor, action(restored, "save")).body();
        assertThat(stale).contains("Someone else saved this article first", "Nina&#39;s headline", "Eddie&#39;s paragraph");
        assertThat(articles.get(draft.getId()).getHeadline()).isEqualTo("Nina's headline");
        assertThat(articles.get(draft.getId()).getBody()).doesNotContain("Eddie");
    }

    @Test
    void unsavedTextIsOfferedOnlyWhenItDiffersFromTheDraftAndDiscardingForgetsIt() {
        Article draft = newsroom.draft(story("Story with second thoughts"));
        String editor = "/admin/articles/" + draft.getId();
        Browser desk = newsroom.signedIn(newsroom.editor());
        Map<String, String> typed = action(desk.get(editor).body(), "save");
        typed.remove("action");
        assertThat(desk.post(editor + "/autosave", typed).statusCode()).isEqualTo(200);
        assertThat(desk.get(editor).body()).as("text the draft already has is not offered").doesNotContain("You have unsaved text");

        typed.put("dek", "A dek I thought better of.");
        desk.post(editor + "/autosave", typed);
        String page = desk.get(editor).body();
        Matcher discard = Pattern.compile("action=\"[^\"]*(/admin/articles/\\d+/autosave/discard)\"").matcher(page);
        assertThat(discard.find()).isTrue();

        HttpResponse<String> discarded = desk.post(discard.group(1), Browser.csrfFieldOf(page.substring(discard.start())));

        assertThat(discarded.statusCode()).isEqualTo(303);
        assertThat(desk.get(editor).body()).contains("Your unsaved text was discarded.").doesNotContain("You have unsaved text");
        assertThat(desk.get(editor + "?restore=unsaved").body()).doesNotContain("A dek I thought better of.");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A story in Metro by Ada. */
    private Story story(String headline) {
        return newsroom.story(headline, metro, ada);
    }

    private Map<String, String> story(String headline, String dek) {
        return new LinkedHashMap<>(Map.of("headline", headline, "dek", dek, "section", String.valueOf(metro.getId()),
                "bylines", String.valueOf(ada.getId()), "body", "<p>First paragraph.</p><p>Second paragraph.</p>"));
    }

    /** The editor form as the page shows it (CSRF token, version and fields), with an action button. */
    private Map<String, String> action(String editorPage, String action) {
        Map<String, String> form = Browser.csrfFieldOf(editorPage);
        form.put("version", valueOf(editorPage, "version"));
        form.put("headline", valueOf(editorPage, "headline"));
        form.put("dek", textOf(editorPage, "dek"));
        form.put("section", selectedOf(editorPage, "section"));
        form.put("bylines", selectedOf(editorPage, "bylines"));
        form.put("slug", valueOf(editorPage, "slug"));
        form.put("body", textOf(editorPage, "body"));
        form.put("action", action);
        return form;
    }

    private static String valueOf(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        return m.find() ? Parser.unescapeEntities(m.group(1), true) : "";
    }

    private static String textOf(String page, String id) {
        Matcher m = Pattern.compile("<textarea id=\"" + id + "\"[^>]*>([^<]*)</textarea>").matcher(page);
        return m.find() ? Parser.unescapeEntities(m.group(1), false) : "";
    }

    private static String selectedOf(String page, String id) {
        Matcher m = Pattern
                .compile("id=\"" + id + "\"[^>]*>.*?<option value=\"([^\"]*)\" selected", Pattern.DOTALL)
                .matcher(page);
        return m.find() ? m.group(1) : "";
    }

    /** Where a redirect goes, as a path for {@link Browser} (which adds the context path itself). */
    private String path(HttpResponse<String> redirect) {
        String path = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath();
        return path.substring(newsroom.contextPath().length());
    }

    private static long idOf(String editorPath) {
        return Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
    }
}
