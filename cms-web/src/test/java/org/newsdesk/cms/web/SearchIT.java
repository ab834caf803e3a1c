package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.indexing.SearchIndexKeeper;
import org.newsdesk.cms.section.Section;

/**
 * Search as readers and the newsroom use it, over HTTP on the real cms.war: readers find live
 * text only, never a draft's; the fragment marks the words and escapes the rest; filters, pages,
 * hostile queries; the same answers after the index is made again from the database; and the
 * article list's words filter finding drafts, for every role. Every story carries this test's own
 * word, so a search for it finds this test's stories only (the index outlives a test, as the
 * database does).
 */
class SearchIT extends ContainerTest {

    private static final Pattern RESULT = Pattern.compile("<h3><a href=\"[^\"]*\">([^<]*)</a></h3>");
    private static final Pattern ROW = Pattern.compile("<th scope=\"row\"><a href=\"[^\"]*\">([^<]*)</a>");

    @Inject
    SearchIndexKeeper keeper;

    private String unique;
    private Section politics;

    @BeforeEach
    void desk() {
        unique = newsroom.unique();
        politics = newsroom.section("Politics");
    }

    @Test
    void readersFindTheLiveTextOnlyNeverWhatADraftSaysAndTheHeaderBoxLeadsThere() {
        Article article = newsroom.published(newsroom.story("Harbor tunnel opens " + unique, politics, newsroom.ada())
                .body("<p>The harbor tunnel carried its first commuters " + unique + " on Monday.</p>"));
        newsroom.save(article, Story.of(article).body("<p>Embargoed: the tunnel leaks " + unique + ".</p>"));

        assertThat(results("first commuters " + unique)).containsExactly("Harbor tunnel opens " + unique);
        assertThat(results("embargoed " + unique)).as("a word only the draft has").isEmpty();
        assertThat(results("\"tunnel leaks\" " + unique)).isEmpty();
        assertThat(results("draft.body:embargoed " + unique)).as("no field can be named").isEmpty();

        HttpResponse<String> home = newsroom.reader().get("/");
        assertThat(home.body()).contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\""
                + newsroom.base() + "/search\">", "<label for=\"site-search-q\">Search stories</label>",
                "<input id=\"site-search-q\" name=\"q\" type=\"search\"");
        HttpResponse<String> page = search("q=" + encode("commuters " + unique));
        assertThat(page.body()).contains("<meta name=\"robots\" content=\"noindex\">",
                "value=\"commuters " + unique + "\"", "1 story found");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(cc -> assertThat(cc).startsWith("public"));
    }

    @Test
    void eachResultShowsItsSectionDekTimeAndAFragmentWithTheWordsMarkedAndEverythingElseEscaped() {
        Instant published = Instant.parse("2021-12-15T17:49:00Z");
        clock.set(published);
        newsroom.published(newsroom.story("Council approves budget " + unique, politics, newsroom.ada())
                .dek("A late-night vote.")
                .body("<p>Nobody expected &lt;script&gt;alert(1)&lt;/script&gt; in the minutes; the council approved "
                        + "the " + unique + " budget 7 to 2.</p>"));
        clock.release();

        String page = search("q=" + encode("budgets " + unique)).body();

        assertThat(page).containsSubsequence(
                "<p class=\"section-label\"><a href=\"" + newsroom.base() + "/" + politics.path() + "/\">Politics</a></p>",
                "<h3><a href=\"" + newsroom.base() + "/" + politics.path() + "/2021/12/15/council-approves-budget-"
                        + unique + "\">Council approves budget " + unique + "</a></h3>",
                "<p class=\"dek\">A late-night vote.</p>",
                "<p class=\"fragment\">Nobody expected &lt;script&gt;alert(1)&lt;/script&gt; in the minutes; the council "
                        + "approved the <mark>" + unique + "</mark> <mark>budget</mark> 7 to 2.</p>",
                "<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>");
        assertThat(page).doesNotContain("<script>alert");
    }

    @Test
    void filtersBySectionAndByDayOfPublication() {
        Section sports = newsroom.section("Sports");
        publishAt("Budget for the stadium " + unique, sports, "2021-03-10T15:00:00Z");
        publishAt("Budget for the schools " + unique, politics, "2021-03-20T15:00:00Z");
        publishAt("Budget for the roads " + unique, politics, "2021-04-10T15:00:00Z");

        assertThat(results("budget " + unique)).hasSize(3);
        assertThat(titles(search("q=" + encode("budget " + unique) + "&section=" + politics.path())))
                .containsExactlyInAnyOrder("Budget for the schools " + unique, "Budget for the roads " + unique);
        assertThat(titles(search("q=" + encode("budget " + unique) + "&from=2021-03-01&to=2021-03-31")))
                .containsExactlyInAnyOrder("Budget for the stadium " + unique, "Budget for the schools " + unique);
        assertThat(titles(search("q=" + encode("budget " + unique) + "&to=2021-03-10")))
                .as("the last day counts whole, in the publication's zone").containsExactly("Budget for the stadium " + unique);

        HttpResponse<String> badDay = search("q=" + encode("budget " + unique) + "&from=March");
        assertThat(badDay.statusCode()).isEqualTo(200);
        assertThat(badDay.body()).contains("aria-invalid=\"true\"", "Enter a day as year-month-day");
        assertThat(titles(badDay)).hasSize(3);
    }

    @Test
    void resultsComeTenAPageAndAPageBeyondTheLastIsNotFound() {
        for (int i = 1; i <= 12; i++) {
            // recent, hours apart: the newer of two equal matches ranks first
            publishAt("Storm report " + i + " " + unique, politics, Instant.now().minusSeconds(3600L * (13 - i)).toString());
        }

        HttpResponse<String> first = search("q=" + encode("storm " + unique));
        assertThat(titles(first)).hasSize(10).startsWith("Storm report 12 " + unique);
        assertThat(first.body()).contains("12 stories found", "Page 1 of 2", "rel=\"next\"");
        HttpResponse<String> second = search("q=" + encode("storm " + unique) + "&page=2");
        assertThat(titles(second)).containsExactly("Storm report 2 " + unique, "Storm report 1 " + unique);
        assertThat(search("q=" + encode("storm " + unique) + "&page=3").statusCode()).isEqualTo(404);
        assertThat(search("q=" + encode("storm " + unique) + "&page=10000").statusCode()).isEqualTo(404);
        assertThat(search("q=" + encode("storm " + unique) + "&page=two").statusCode()).isEqualTo(404);
    }

    @Test
    void hostileQueriesAnswerAPageNeverAnError() {
        newsroom.published(newsroom.story("Flood warning " + unique, politics, newsroom.ada()));
        List<String> hostile = List.of("*:*", "title:", "headline:flood", "\"unbalanced", "(flood", "[a TO z",
                "*flood", "?lood", "flood~", "flood^99", "\\", "/.*/", "AND OR NOT", "-", "--", "\"\"", "%00",
                "x".repeat(3_000), "flood ".repeat(300), "<script>alert(1)</script>", "\u0000", "'; DROP TABLE article; --");
        for (String query : hostile) {
            HttpResponse<String> page = search("q=" + encode(query));
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(page.body()).as(query).doesNotContain("<script>alert(1)</script>");
        }
        // longer than the HTTP server takes in a request line: refused before Newsdesk sees it, never a 500
        assertThat(search("q=" + encode("flood ".repeat(2_000))).statusCode()).isLessThan(500);
        assertThat(search("q=").statusCode()).isEqualTo(200);
        assertThat(search("").statusCode()).isEqualTo(200);
        assertThat(results("\"flood warning " + unique)).as("an unclosed quote runs to the end")
                .containsExactly("Flood warning " + unique);
    }

    @Test
    void aMisspelledWordGetsADidYouMeanWhenTheStoriesUseACloseOne() {
        newsroom.published(newsroom.story("Zanzibarian ferry " + unique, politics, newsroom.ada()));

        String page = search("q=" + encode("zanzibarain " + unique)).body();

        assertThat(page).contains("Did you mean <a href=\"" + newsroom.base() + "/search?q=zanzibarian+" + unique
                + "\">zanzibarian " + unique + "</a>?");
    }

    @Test
    void aPublishIsFoundAtOnceThroughTheCacheAndATakeDownIsGone() {
        Article article = newsroom.draft(newsroom.story("Bridge closes " + unique, politics, newsroom.ada()));
        assertThat(results("bridge " + unique)).as("cached: nothing yet").isEmpty();

        article = newsroom.publish(article);
        assertThat(results("bridge " + unique)).containsExactly("Bridge closes " + unique);

        newsroom.unpublish(article);
        assertThat(results("bridge " + unique)).isEmpty();
    }

    @Test
    void theSameStoriesAreFoundAfterTheIndexIsMadeAgainFromTheDatabase() {
        Article changed = newsroom.published(newsroom.story("Museum reopens " + unique, politics, newsroom.ada())
                .body("<p>The museum reopened its " + unique + " wing.</p>"));
        newsroom.save(changed, Story.of(changed).body("<p>Draft: museum closes " + unique + ".</p>"));
        newsroom.published(newsroom.story("Museum budget " + unique, politics, newsroom.ada()));
        newsroom.draft(newsroom.story("Museum draft " + unique, politics, newsroom.ada()));
        List<String> readers = results("museum " + unique);
        List<String> desk = deskList(newsroom.editor(), "museum " + unique);
        assertThat(readers).containsExactlyInAnyOrder("Museum reopens " + unique, "Museum budget " + unique);
        assertThat(desk).hasSize(3);

        keeper.rebuild();

        assertThat(results("museum " + unique)).containsExactlyElementsOf(readers);
        assertThat(results("closes " + unique)).isEmpty();
        assertThat(deskList(newsroom.editor(), "museum " + unique)).containsExactlyElementsOf(desk);
        assertThat(deskList(newsroom.editor(), "\"museum closes\" " + unique)).containsExactly("Museum reopens " + unique);
    }

    @Test
    void theArticleListFindsADraftByAPhraseInItsBodyForEveryRoleWithItsOtherFilters() {
        Section sports = newsroom.section("Sports");
        newsroom.draft(newsroom.story("Coach resigns " + unique, sports, newsroom.ada())
                .body("<p>The coach said the " + unique + " season was the hardest of her career.</p>"));
        newsroom.published(newsroom.story("Season opens " + unique, politics, newsroom.ada())
                .body("<p>A hard season ahead " + unique + ".</p>"));

        for (String who : List.of(newsroom.writer(), newsroom.editor(), TestAccounts.ADMIN)) {
            Browser desk = who.equals(TestAccounts.ADMIN) ? newsroom.signedInAdmin() : newsroom.signedIn(who);
            assertThat(rows(desk.get("/admin/articles?headline=" + encode("\"hardest of her career\" " + unique))))
                    .as(who).containsExactly("Coach resigns " + unique);
        }
        Browser editor = newsroom.signedIn(newsroom.editor());
        assertThat(rows(editor.get("/admin/articles?headline=" + encode("season " + unique))))
                .containsExactlyInAnyOrder("Coach resigns " + unique, "Season opens " + unique);
        assertThat(rows(editor.get("/admin/articles?headline=" + encode("season " + unique) + "&section=" + sports.getId())))
                .containsExactly("Coach resigns " + unique);
        assertThat(rows(editor.get("/admin/articles?headline=" + encode("season " + unique) + "&status=PUBLISHED")))
                .containsExactly("Season opens " + unique);
        assertThat(rows(editor.get("/admin/articles?headline=" + encode("season -career " + unique))))
                .containsExactly("Season opens " + unique);

        HttpResponse<String> stranger = newsroom.reader().get("/admin/articles?headline=" + encode("hardest " + unique));
        assertThat(stranger.body()).doesNotContain("Coach resigns " + unique);
    }

    private void publishAt(String headline, Section section, String instant) {
        clock.set(Instant.parse(instant));
        newsroom.published(newsroom.story(headline, section, newsroom.ada()));
        clock.release();
    }

    private List<String> deskList(String who, String words) {
        return rows(newsroom.signedIn(who).get("/admin/articles?headline=" + encode(words)));
    }

    private HttpResponse<String> search(String query) {
        return newsroom.reader().get("/search?" + query);
    }

    private List<String> results(String typed) {
        HttpResponse<String> page = search("q=" + encode(typed));
        assertThat(page.statusCode()).as(typed).isEqualTo(200);
        return titles(page);
    }

    private static List<String> titles(HttpResponse<String> page) {
        return matches(RESULT, page.body());
    }

    private static List<String> rows(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return matches(ROW, page.body());
    }

    private static List<String> matches(Pattern pattern, String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
