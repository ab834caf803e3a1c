package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The article list and the dashboard over HTTP, as staff see them: filters, sort orders, pages,
 * and the desk's short lists, on the real cms.war.
 */
class ArticleListIT extends ContainerTest {

    private static final Pattern ROW = Pattern.compile("<th scope=\"row\"><a href=\"[^\"]*\">([^<]*)</a>");
    private static final Pattern NEXT = Pattern.compile("<a rel=\"next\" href=\"([^\"]*)\">");
    private static final Pattern PREVIOUS = Pattern.compile("<a rel=\"prev\" href=\"([^\"]*)\">");
    private static final Pattern BUTTON = Pattern.compile("<button[^>]*>([^<]*)</button>");

    @Inject
    PublicationTime time;

    private Section metro;
    private Section sports;
    private Author ada;
    private Author bo;

    // one story in each state; every headline carries the test's own word, so a search for it
    // shows this test's stories only (the database outlives a test, and on PostgreSQL a run)
    private Article tunnel;
    private Article budget;
    private Article storm;
    private Article mayor;
    private Article ferry;

    private static final Instant STORM_GOES_LIVE = Instant.parse("2099-06-01T14:00:00Z");

    @BeforeEach
    void aStoryInEachState() {
        metro = newsroom.section("Metro " + newsroom.unique());
        sports = newsroom.section("Sports " + newsroom.unique());
        ada = newsroom.author("Ada Reporter " + newsroom.unique(), null);
        bo = newsroom.author("Bo Columnist " + newsroom.unique(), null);

        // last changed: ferry, storm, budget, tunnel, mayor; first published: mayor, then ferry
        clock.set(Instant.parse("2021-02-10T17:00:00Z"));
        mayor = newsroom.published(story("Mayor signs budget", metro, ada));
        clock.set(Instant.parse("2021-02-20T17:00:00Z"));
        ferry = newsroom.published(story("Ferry service returns", sports, bo));
        clock.set(Instant.parse("2021-03-01T15:00:00Z"));
        tunnel = newsroom.draft(newsroom.writer(), story("Tunnel plan unveiled", metro, ada));
        clock.set(Instant.parse("2021-03-02T15:00:00Z"));
        Article budgetDraft = newsroom.draft(newsroom.writer(), story("Budget vote delayed", metro, ada, bo));
        budget = newsroom.submitForReview(newsroom.writer(), budgetDraft);
        clock.set(Instant.parse("2021-03-03T15:00:00Z"));
        storm = newsroom.schedule(newsroom.draft(story("Storm season outlook", sports, bo)), STORM_GOES_LIVE);
        clock.set(Instant.parse("2021-03-04T15:00:00Z"));
        ferry = newsroom.save(ferry, Story.of(ferry).dek("Now with timetable."));
        clock.release();
    }

    /**
     * This test's stories leave the review queue and the schedule: the dashboard shows ten of
     * each, oldest first, and the stories of earlier tests (and runs) would push a later test's out.
     */
    @AfterEach
    void emptyMyQueues() {
        for (Article waiting : new Article[] {budget, storm}) {
            if (waiting != null) {
                newsroom.returnToDraft(waiting);
            }
        }
    }

    @Test
    void eachFilterNarrowsTheList() {
        Browser browser = newsroom.signedIn(newsroom.editor());

        assertThat(headlines(browser.get(list("headline=" + newsroom.unique()))))
                .containsExactlyInAnyOrder(tunnel.getHeadline(), budget.getHeadline(), storm.getHeadline(),
                        mayor.getHeadline(), ferry.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + ("plan UNVEILED " + newsroom.unique()).toUpperCase()))))
                .as("headline text, ignoring case").containsExactly(tunnel.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&status=IN_REVIEW"))))
                .containsExactly(budget.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&status=PUBLISHED"))))
                .containsExactlyInAnyOrder(mayor.getHeadline(), ferry.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&status=PENDING"))))
                .as("published with changes readers do not see yet").containsExactly(ferry.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&section=" + sports.getId()))))
                .containsExactlyInAnyOrder(storm.getHeadline(), ferry.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&author=" + ada.getId()))))
                .containsExactlyInAnyOrder(tunnel.getHeadline(), budget.getHeadline(), mayor.getHeadline());
        assertThat(headlines(newsroom.signedIn(newsroom.writer()).get(list("headline=" + newsroom.unique() + "&mine=yes"))))
                .as("what the writer created or changed last").containsExactlyInAnyOrder(tunnel.getHeadline(), budget.getHeadline());

        String page = browser.get(list("section=" + metro.getId() + "&author=" + bo.getId() + "&status=IN_REVIEW")).body();
        assertThat(headlines(page)).containsExactly(budget.getHeadline());
        assertThat(page).as("the form shows the filters in force")
                .contains("<option value=\"IN_REVIEW\" selected=\"selected\">In review</option>",
                        "<option value=\"" + metro.getId() + "\" selected=\"selected\">" + metro.getName() + "</option>");
    }

    @Test
    void eachRowSaysWhatTheStoryIsAndWhereItStands() {
        String page = newsroom.signedIn(newsroom.editor()).get(list("headline=" + newsroom.unique())).body();

        String ferryRow = row(page, ferry);
        assertThat(ferryRow).contains(sports.getName(), bo.getName(), ">Published<", "Pending changes",
                "by <span>Eddie Editor</span>",
                "<time datetime=\"2021-03-04T10:00:00-05:00\">March 4, 2021 10:00am</time>",
                "<time datetime=\"2021-02-20T12:00:00-05:00\">February 20, 2021 12:00pm</time>");
        assertThat(row(page, budget)).contains(ada.getName() + ", " + bo.getName(), ">In review<",
                "by <span>Wanda Writer</span>", "Not yet").doesNotContain("Pending changes");
        assertThat(row(page, storm)).contains(">Scheduled<", "Scheduled for",
                "<time datetime=\"2099-06-01T10:00:00-04:00\">June 1, 2099 10:00am</time>");
        assertThat(row(page, tunnel)).contains(">Draft<", metro.getName(), ada.getName(), "by <span>Wanda Writer</span>");
    }

    @Test
    void sortsByLastChangeAndByFirstPublicationBothWays() {
        Browser browser = newsroom.signedIn(newsroom.editor());

        assertThat(headlines(browser.get(list("headline=" + newsroom.unique())))).as("latest change first by default")
                .containsExactly(ferry.getHeadline(), storm.getHeadline(), budget.getHeadline(), tunnel.getHeadline(),
                        mayor.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&sort=modified-oldest"))))
                .containsExactly(mayor.getHeadline(), tunnel.getHeadline(), budget.getHeadline(), storm.getHeadline(),
                        ferry.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&sort=published-newest"))))
                .as("only what has been published has a published time").containsExactly(ferry.getHeadline(), mayor.getHeadline());
        assertThat(headlines(browser.get(list("headline=" + newsroom.unique() + "&sort=published-oldest"))))
                .containsExactly(mayor.getHeadline(), ferry.getHeadline());
    }

    @Test
    void pageLinksKeepTheFiltersAndTheOrder() {
        String word = "Page" + newsroom.unique();
        List<String> created = new ArrayList<>();
        for (int n = 0; n < 51; n++) {
            clock.set(Instant.parse("2021-04-01T12:00:00Z").plusSeconds(60L * n));
            created.add(newsroom.draft(newsroom.writer(), story(word + " story " + n, metro, ada)).getHeadline());
        }
        Browser browser = newsroom.signedIn(newsroom.editor());

        String first = browser.get(list("headline=" + word + "&section=" + metro.getId() + "&sort=modified-oldest")).body();
        assertThat(headlines(first)).containsExactlyElementsOf(created.subList(0, 50));
        assertThat(first).contains("Page <span>1</span>").doesNotContain("rel=\"prev\"");
        String filters = "/admin/articles?section=" + metro.getId() + "&headline=" + word + "&sort=modified-oldest";
        assertThat(link(NEXT, first)).isEqualTo(filters + "&page=2");

        String second = browser.get(link(NEXT, first)).body();
        assertThat(headlines(second)).containsExactly(created.get(50));
        assertThat(second).contains("Page <span>2</span>").doesNotContain("rel=\"next\"");
        assertThat(link(PREVIOUS, second)).isEqualTo(filters);
        assertThat(headlines(browser.get(link(PREVIOUS, second)))).isEqualTo(headlines(first));
    }

    @Test
    void wrongFilterValuesAreNamedAtTheirFieldsAndTheListStillShows() {
        HttpResponse<String> response = newsroom.signedIn(newsroom.editor()).get(
                list("headline=" + newsroom.unique() + "&status=LIVE&section=metro&author=-1&sort=random&page=0"));

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("There is a problem",
                "id=\"status-problem\"", "There is no status \u201cLIVE\u201d; showing every status.",
                "id=\"section-problem\"", "id=\"author-problem\"", "id=\"sort-problem\"",
                "Pages are numbered from 1; showing the first page.",
                "<select id=\"status\" name=\"status\" aria-invalid=\"true\" aria-describedby=\"status-problem\">");
        assertThat(headlines(page)).as("the rest of the filter still counts").hasSize(5);

        assertThat(newsroom.signedIn(newsroom.editor()).get(list("page=99999999999")).statusCode()).isEqualTo(200);
        assertThat(newsroom.signedIn(newsroom.editor()).get(list("page=40000000")).body()).contains("The list ends before this page.");
    }

    @Test
    void aWriterSeesTheListButNoActionBeyondTheirRole() {
        String page = newsroom.signedIn(newsroom.writer()).get(list("headline=" + newsroom.unique())).body();

        assertThat(headlines(page)).hasSize(5);
        assertThat(page).as("the only form that changes anything is signing out")
                .containsOnlyOnce("method=\"post\"");
        assertThat(buttons(page)).containsExactly("Log out", "Show articles");
        assertThat(page).doesNotContain(">Staff</a>");
    }

    @Test
    void theDashboardShowsMyDraftsTheQueuesAndWhatWasJustPublished() {
        Article harbor = newsroom.published(story("Harbor reopens", metro, ada));
        Instant harborLive = harbor.getFirstPublishedAt().orElseThrow();

        String desk = newsroom.signedIn(newsroom.writer()).get("/admin/").body();

        assertThat(section(desk, "my-drafts")).contains(editorLink(tunnel)).doesNotContain(budget.getHeadline());
        assertThat(section(desk, "in-review")).contains(editorLink(budget), "last changed by <span>Wanda Writer</span>");
        assertThat(section(desk, "scheduled")).contains(editorLink(storm),
                "<time datetime=\"2099-06-01T10:00:00-04:00\">June 1, 2099 10:00am</time>");
        assertThat(section(desk, "published")).contains(editorLink(harbor),
                "<time datetime=\"" + time.iso(harborLive) + "\">" + time.display(harborLive) + "</time>");

        String editorsDesk = newsroom.signedIn(newsroom.editor()).get("/admin/").body();
        assertThat(section(editorsDesk, "my-drafts")).as("drafts are their creator's or last editor's")
                .doesNotContain(tunnel.getHeadline());
    }

    /** A story whose headline ends with this test's word. */
    private Story story(String headline, Section section, Author... bylines) {
        return newsroom.story(headline + " " + newsroom.unique(), section, bylines);
    }

    private static String list(String query) {
        return "/admin/articles?" + query.replace(" ", "+");
    }

    private static List<String> headlines(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return headlines(response.body());
    }

    private static List<String> headlines(String page) {
        List<String> found = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            found.add(row.group(1));
        }
        return found;
    }

    private static List<String> buttons(String page) {
        List<String> found = new ArrayList<>();
        Matcher button = BUTTON.matcher(page);
        while (button.find()) {
            found.add(button.group(1));
        }
        return found;
    }

    /** The table row of one article. */
    private String row(String page, Article article) {
        int start = page.indexOf(editorLink(article));
        assertThat(start).as("a row for " + article.getHeadline()).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** One section of the dashboard, by its heading's id. */
    private static String section(String page, String headingId) {
        int start = page.indexOf("<h2 id=\"" + headingId + "\">");
        assertThat(start).as("a section " + headingId).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private String editorLink(Article article) {
        return "<a href=\"" + newsroom.contextPath() + "/admin/articles/" + article.getId() + "\">"
                + article.getHeadline() + "</a>";
    }

    /** Where a link on the page goes, as a path for {@link Browser#get}. */
    private String link(Pattern rel, String page) {
        Matcher link = rel.matcher(page);
        assertThat(link.find()).as("a link " + rel).isTrue();
        return link.group(1).replace("&amp;", "&").substring(newsroom.contextPath().length());
    }
}
