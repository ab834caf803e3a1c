package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.apitoken.ApiTokens;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.audit.AuditFilter;
import org.newsdesk.cms.audit.AuditLog;
import org.newsdesk.cms.front.BannerService;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontService;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.publish.page.LeadImageView;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Kind;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffService;

/**
 * Curated fronts on the real cms.war: what an editor places leads and stays there while newer
 * stories flow below it, without repeats; empty places fall back to the stream; a story taken down
 * leaves every front at once; two editors at one front get the stale-edit refusal with nothing
 * lost; a scheduled arrangement goes live on time, once; the breaking-news banner is on every page
 * and gone after its expiry; every change reaches the next reader (the page cache evicted).
 *
 * <p>Each test arranges a section front of its own; the home page and the banner, shared by the
 * whole site, are only asserted on what the test itself put there.
 */
class FrontsIT extends ContainerTest {

    @Inject
    FrontService fronts;

    @Inject
    BannerService banners;

    @Inject
    AuditLog audit;

    @Inject
    ApiTokens tokens;

    @Inject
    ArticleService articles;

    @Inject
    MediaLibrary media;

    @Inject
    StaffService staff;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    org.newsdesk.cms.section.SectionService sections;

    /** The page's lead, top stories and stream, by headline, in reading order. */
    private record Seen(String lead, List<String> top, List<String> stream, Document page) {
        static Seen at(Browser reader, String path) {
            HttpResponse<String> answer = reader.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            Document page = Jsoup.parse(answer.body());
            return new Seen(page.select("#lead-heading a").text(), page.select(".top-stories h3 a").eachText(),
                    page.select(".latest h3 a").eachText(), page);
        }

        List<String> all() {
            List<String> every = new java.util.ArrayList<>();
            every.add(lead);
            every.addAll(top);
            every.addAll(stream);
            return every;
        }
    }

    private Article published(String headline, Section section) {
        return newsroom.published(newsroom.story(headline + " " + newsroom.unique(), section, newsroom.ada()));
    }

    private static String frontOf(Section section) {
        return "/" + section.path() + "/";
    }

    private long version(String key) {
        return fronts.get(key).getVersion();
    }

    @Test
    void anOlderStoryPlacedAsTheLeadLeadsWhileNewerBriefsFlowBelowItWithoutRepeats() {
        Section metro = newsroom.section("Metro");
        Article main = published("Council passes the budget", metro);
        Article brief1 = published("Road closed for parade", metro);
        Article brief2 = published("Library extends hours", metro);
        Browser reader = newsroom.reader();
        assertThat(Seen.at(reader, frontOf(metro)).lead()).as("unarranged: the newest leads")
                .isEqualTo(brief2.getHeadline());

        String key = Front.keyOf(metro.getId());
        fronts.place(newsroom.editor(), key, version(key), main.getId(), 0);
        assertThat(Seen.at(reader, frontOf(metro)).lead()).as("arranging alone shows readers nothing")
                .isEqualTo(brief2.getHeadline());
        fronts.publish(newsroom.editor(), key, version(key));

        Article brief3 = published("Snow expected tonight", metro);
        Seen seen = Seen.at(reader, frontOf(metro));
        assertThat(seen.lead()).as("the editor's lead, on the next request").isEqualTo(main.getHeadline());
        assertThat(seen.page().select("#lead-heading").hasClass("lead-headline")).isTrue();
        assertThat(seen.all()).as("every story once, the newer briefs after the lead")
                .containsExactly(main.getHeadline(), brief3.getHeadline(), brief2.getHeadline(), brief1.getHeadline())
                .doesNotHaveDuplicates();
    }

    @Test
    void moveUpAndMoveDownOnTheScreenReorderTheFrontWithoutJavaScript() {
        Section sport = newsroom.section("Sport");
        Article first = published("Cup final tonight", sport);
        Article second = published("Coach resigns", sport);
        Article third = published("Stadium sold", sport);
        String key = Front.keyOf(sport.getId());
        Browser editor = newsroom.signedIn(newsroom.editor());

        // the editor finds each story by its headline and places it, as the screen's forms do
        place(editor, key, first, 0);
        place(editor, key, second, 1);
        place(editor, key, third, 2);
        String screen = editor.get("/admin/fronts/" + key).body();
        assertThat(Jsoup.parse(screen).select(".slot-list > li:not(.empty) strong + span").eachText())
                .containsExactly(first.getHeadline(), second.getHeadline(), third.getHeadline());

        HttpResponse<String> moved = editor.post("/admin/fronts/" + key + "/move-up",
                form(screen, "version", String.valueOf(version(key)), "position", "2"));
        assertThat(moved.statusCode()).isEqualTo(303);
        screen = editor.get("/admin/fronts/" + key).body();
        editor.post("/admin/fronts/" + key + "/move-down", form(screen, "version", String.valueOf(version(key)), "position", "0"));
        screen = editor.get("/admin/fronts/" + key).body();
        assertThat(Jsoup.parse(screen).select(".slot-list > li:not(.empty) strong + span").eachText())
                .containsExactly(third.getHeadline(), first.getHeadline(), second.getHeadline());
        assertThat(Jsoup.parse(screen).select(".preview .preview-lead span").text()).as("the preview beside it")
                .isEqualTo(third.getHeadline());

        Browser reader = newsroom.reader();
        assertThat(Seen.at(reader, frontOf(sport)).lead()).isEqualTo(third.getHeadline());
        HttpResponse<String> published = editor.post("/admin/fronts/" + key + "/publish",
                form(screen, "version", String.valueOf(version(key))));
        assertThat(published.statusCode()).isEqualTo(303);
        Seen seen = Seen.at(reader, frontOf(sport));
        assertThat(seen.lead()).isEqualTo(third.getHeadline());
        assertThat(seen.top()).startsWith(first.getHeadline(), second.getHeadline());
    }

    @Test
    void emptyPlacesFallBackToTheStreamAndAStoryTakenOffReturnsToIt() {
        Section arts = newsroom.section("Arts");
        Article older = published("Museum reopens", arts);
        Article newer = published("Festival lineup announced", arts);
        String key = Front.keyOf(arts.getId());
        fronts.place(newsroom.editor(), key, version(key), older.getId(), 1);
        fronts.publish(newsroom.editor(), key, version(key));

        Seen seen = Seen.at(newsroom.reader(), frontOf(arts));
        assertThat(seen.lead()).as("the empty lead is filled from the stream").isEqualTo(newer.getHeadline());
        assertThat(seen.top()).containsExactly(older.getHeadline());

        fronts.remove(newsroom.editor(), key, version(key), 1);
        fronts.publish(newsroom.editor(), key, version(key));
        seen = Seen.at(newsroom.reader(), frontOf(arts));
        assertThat(seen.all()).containsExactly(newer.getHeadline(), older.getHeadline());
    }

    @Test
    void unpublishingAPlacedStoryTakesItOffEveryFrontAtOnceEvenAnotherSections() {
        Section business = newsroom.section("Business");
        Section politics = newsroom.section("Politics");
        Article merger = published("Banks agree merger", business);
        Article vote = published("Vote on Tuesday", politics);
        String key = Front.keyOf(politics.getId());
        // a Business story leads the Politics front
        fronts.place(newsroom.editor(), key, version(key), merger.getId(), 0);
        fronts.publish(newsroom.editor(), key, version(key));
        Browser reader = newsroom.reader();
        assertThat(Seen.at(reader, frontOf(politics)).lead()).isEqualTo(merger.getHeadline());

        newsroom.unpublish(merger);

        Seen seen = Seen.at(reader, frontOf(politics));
        assertThat(seen.page().text()).doesNotContain(merger.getHeadline());
        assertThat(seen.lead()).as("the front is not blank: the stream leads").isEqualTo(vote.getHeadline());
        assertThatThrownBy(() -> fronts.place(newsroom.editor(), key, version(key), merger.getId(), 0))
                .hasMessageContaining("Only a live story");
    }

    @Test
    void aStaleArrangementIsRefusedWithWhoChangedItAndTheTypedHeadlineIsKept() {
        Section world = newsroom.section("World");
        Article summit = published("Summit opens", world);
        Article quake = published("Earthquake relief", world);
        String key = Front.keyOf(world.getId());
        fronts.place(newsroom.editor(), key, version(key), summit.getId(), 0);
        Browser eddie = newsroom.signedIn(newsroom.editor());
        String opened = eddie.get("/admin/fronts/" + key).body();
        long seenVersion = version(key);

        // Nina moves another story into the lead meanwhile
        fronts.place(newsroom.nightEditor(), key, seenVersion, quake.getId(), 0);

        // Eddie wrote the headline for the summit, which was the lead when he opened the screen
        HttpResponse<String> refused = eddie.post("/admin/fronts/" + key + "/override", form(opened, "version",
                String.valueOf(seenVersion), "position", "0", "article", String.valueOf(summit.getId()),
                "headline", "Leaders meet in Geneva", "dek", "Day one."));
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary").text()).contains("Nina Nightdesk changed the " + world.getName()
                + " front after you opened it, so your changes were not saved.");
        assertThat(page.select("#headline-1").attr("value")).as("what Eddie typed is kept beside the summit, now second")
                .isEqualTo("Leaders meet in Geneva");
        assertThat(page.select("#dek-1").attr("value")).isEqualTo("Day one.");
        assertThat(page.select("#headline-0").attr("value")).as("not beside the earthquake, the lead now").isEmpty();
        assertThat(fronts.get(key).places()[0].getHeadline()).as("nothing overwritten").isNull();
        assertThat(fronts.get(key).places()[0].getArticleId()).isEqualTo(quake.getId());

        assertThatThrownBy(() -> fronts.publish(newsroom.editor(), key, seenVersion)).isInstanceOf(StaleEditException.class);

        // a headline sent for a place another story holds now is refused, even on the current version
        HttpResponse<String> misplaced = eddie.post("/admin/fronts/" + key + "/override", form(refused.body(), "version",
                String.valueOf(version(key)), "position", "0", "article", String.valueOf(summit.getId()),
                "headline", "Leaders meet in Geneva", "dek", "Day one."));
        assertThat(misplaced.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(misplaced.body()).select("#headline-1-problem").text()).contains("no longer the one");
        assertThat(fronts.get(key).places()[0].getHeadline()).as("the earthquake keeps its own headline").isNull();

        // sent again from the summit's own form, as the screen shows it now, it applies to the summit
        HttpResponse<String> again = eddie.post("/admin/fronts/" + key + "/override", form(refused.body(), "version",
                String.valueOf(version(key)), "position", "1", "article", String.valueOf(summit.getId()),
                "headline", "Leaders meet in Geneva", "dek", "Day one."));
        assertThat(again.statusCode()).isEqualTo(303);
        fronts.publish(newsroom.editor(), key, version(key));
        Seen seen = Seen.at(newsroom.reader(), frontOf(world));
        assertThat(seen.lead()).as("the earthquake leads under its own headline").isEqualTo(quake.getHeadline());
        assertThat(seen.top()).as("the front's own headline for the summit, on this front only")
                .contains("Leaders meet in Geneva");
    }

    @Test
    void aScheduledArrangementGoesLiveOnTimeExactlyOnceAndRestoreBringsAnEarlierOneBack() {
        Section morning = newsroom.section("Morning");
        Article overnight = published("Overnight storms", morning);
        Article commute = published("Commute delays", morning);
        String key = Front.keyOf(morning.getId());
        fronts.place(newsroom.editor(), key, version(key), overnight.getId(), 0);
        int first = fronts.publish(newsroom.editor(), key, version(key)).getNumber();

        fronts.place(newsroom.editor(), key, version(key), commute.getId(), 0);
        Instant goesLive = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(4);
        int scheduled = fronts.schedule(newsroom.editor(), key, version(key), goesLive).getNumber();
        Browser reader = newsroom.reader();
        assertThat(Seen.at(reader, frontOf(morning)).lead()).as("before its time").isEqualTo(overnight.getHeadline());

        assertThat(Waiting.until(goesLive.plusSeconds(10), () -> commute.getHeadline().equals(Seen.at(reader, frontOf(morning)).lead())))
                .as("live on time").isTrue();
        assertThat(Instant.now()).as("within 5 s of its time").isBeforeOrEqualTo(goesLive.plusSeconds(5));
        Front front = fronts.get(key);
        assertThat(front.getLiveRevisionNumber()).contains(scheduled);
        assertThat(front.getScheduledAt()).isEmpty();
        // a few more looks of the poller: still once
        Waiting.until(Instant.now().plusSeconds(2), () -> false);
        long bySchedule = audit.list(ADMIN, new AuditFilter(null, null, Action.FRONT_PUBLISHED, Kind.FRONT, front.getId(),
                null, null, null), 1, 50).lines().stream()
                .filter(line -> String.valueOf(line.entry().getDetail().orElse("")).startsWith("revision " + scheduled + ", scheduled by"))
                .count();
        assertThat(bySchedule).as("published by the schedule exactly once").isEqualTo(1);

        fronts.restore(newsroom.editor(), key, version(key), first);
        assertThat(Seen.at(reader, frontOf(morning)).lead()).as("restoring alone shows readers nothing")
                .isEqualTo(commute.getHeadline());
        fronts.publish(newsroom.editor(), key, version(key));
        assertThat(Seen.at(reader, frontOf(morning)).lead()).isEqualTo(overnight.getHeadline());
        assertThat(fronts.revisions(key)).hasSize(3);
    }

    @Test
    void publishingWhileAScheduleWaitsWarnsFirstAndSaysTheScheduleIsCancelled() {
        Section evening = newsroom.section("Evening");
        Article story = published("Late sitting", evening);
        String key = Front.keyOf(evening.getId());
        fronts.place(newsroom.editor(), key, version(key), story.getId(), 0);
        fronts.schedule(newsroom.editor(), key, version(key), Instant.now().plus(Duration.ofHours(2)));
        Browser editor = newsroom.signedIn(newsroom.editor());
        String screen = editor.get("/admin/fronts/" + key).body();
        assertThat(Jsoup.parse(screen).select("#schedule-warning").text())
                .contains("Publishing now puts this arrangement live at once and cancels that schedule");

        assertThat(editor.post("/admin/fronts/" + key + "/publish", form(screen, "version", String.valueOf(version(key))))
                .statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(editor.get("/admin/fronts/" + key).body());
        assertThat(after.select(".flash").text()).contains("Published").contains("is cancelled");
        assertThat(after.select("#schedule-warning")).as("no schedule waits any more").isEmpty();
        assertThat(fronts.get(key).getScheduledAt()).isEmpty();
    }

    @Test
    void theBannerIsOnEveryPublicPageAndGoneAfterItsExpiryWithoutAnyEvent() {
        Section weather = newsroom.section("Weather");
        Article storm = published("Storm makes landfall", weather);
        Document front = Seen.at(newsroom.reader(), frontOf(weather)).page();
        assertThat(front.select("#lead-heading a").text()).isEqualTo(storm.getHeadline());
        String article = java.net.URI.create(front.select("#lead-heading a").attr("href")).getPath()
                .substring(newsroom.contextPath().length());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        Browser reader = newsroom.reader();
        List<String> pages = List.of("/", frontOf(weather), article, "/authors/" + newsroom.ada().getSlug() + "/");
        pages.forEach(page -> assertThat(reader.get(page).body()).as(page).doesNotContain("Evacuate the coast"));
        String text = "Evacuate the coast " + newsroom.unique();
        try {
            banners.put(newsroom.editor(), null, text, "/" + weather.path() + "/", now.plus(Duration.ofMinutes(30)));
            for (String page : pages) {
                Document shown = Jsoup.parse(reader.get(page).body());
                assertThat(shown.select("aside.breaking-news a").text()).as(page).isEqualTo(text);
                assertThat(reader.get(page).body()).as(page + ", cached").contains(text);
            }
            HttpResponse<String> missing = reader.get("/no-such-page-" + newsroom.unique() + "/");
            assertThat(missing.body()).as("the 404 page too").contains(text);

            clock.set(now.plus(Duration.ofMinutes(31)));
            for (String page : pages) {
                assertThat(reader.get(page).body()).as(page + " after the expiry").doesNotContain(text);
            }
        } finally {
            clock.release();
            banners.takeDown(newsroom.editor());
        }
    }

    @Test
    void aSectionWithoutStoriesIsDeletedWithItsArrangedAndPublishedFront() {
        Section other = newsroom.section("Elsewhere");
        Article placed = published("Bridge reopens", other);
        Section empty = newsroom.section("Pop-up");
        String key = Front.keyOf(empty.getId());
        fronts.place(newsroom.editor(), key, version(key), placed.getId(), 0);
        fronts.publish(newsroom.editor(), key, version(key));
        fronts.place(newsroom.editor(), key, version(key), placed.getId(), 1);
        assertThat(Seen.at(newsroom.reader(), frontOf(empty)).lead()).isEqualTo(placed.getHeadline());

        sections.delete(newsroom.editor(), empty.getId(), sections.get(empty.getId()).getVersion());
        assertThat(newsroom.reader().get(frontOf(empty)).statusCode()).as("its front, kept before, is gone at once")
                .isEqualTo(404);

        assertThat(sections.all()).extracting(Section::getId).as("the section is deleted").doesNotContain(empty.getId());
        assertThat(fronts.find(key)).as("and its front, arrangement and revisions with it").isEmpty();
        assertThat(Seen.at(newsroom.reader(), frontOf(other)).all()).as("the story placed there stays in its own section")
                .contains(placed.getHeadline());
    }

    @Test
    void takingTheBannerDownReachesEveryPageOnTheNextRequest() {
        Section votes = newsroom.section("Votes");
        published("Turnout is high", votes);
        Browser reader = newsroom.reader();
        Document front = Seen.at(reader, frontOf(votes)).page();
        String article = java.net.URI.create(front.select("#lead-heading a").attr("href")).getPath()
                .substring(newsroom.contextPath().length());
        // every page kept before the banner goes up: one banner group evicted must reach them all
        List<String> pages = List.of("/", frontOf(votes), article);
        pages.forEach(page -> assertThat(reader.get(page).statusCode()).as(page).isEqualTo(200));
        String text = "Polls close early " + newsroom.unique();
        Browser editor = newsroom.signedIn(newsroom.editor());
        String screen = editor.get("/admin/fronts").body();
        HttpResponse<String> refused = editor.post("/admin/fronts/banner", form(screen, "text", text, "link",
                "javascript:alert(1)", "expires", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#link-problem").text()).contains("https://");
        assertThat(Jsoup.parse(refused.body()).select("#text").attr("value")).as("the text typed is kept").isEqualTo(text);
        try {
            assertThat(editor.post("/admin/fronts/banner", form(screen, "text", text, "link", "", "expires", ""))
                    .statusCode()).isEqualTo(303);
            for (String page : pages) {
                assertThat(reader.get(page).body()).as(page).contains(text);
                assertThat(reader.get(page).body()).as(page + ", cached").contains(text);
            }
        } finally {
            assertThat(editor.post("/admin/fronts/banner/take-down", form(screen)).statusCode()).isEqualTo(303);
        }
        for (String page : pages) {
            assertThat(reader.get(page).body()).as(page + " after the take-down").doesNotContain(text);
        }
    }

    @Test
    void theHomePageLeadIsTheEditorsWithItsHeadingsInOrder() {
        Section home = newsroom.section("Nation");
        Article main = published("Election results are in", home);
        Article later = published("Traffic update", home);
        Browser reader = newsroom.reader();
        reader.get("/");
        String key = Front.HOME;
        fronts.place(newsroom.editor(), key, version(key), main.getId(), 0);
        fronts.publish(newsroom.editor(), key, version(key));
        try {
            Seen seen = Seen.at(reader, "/");
            assertThat(seen.lead()).isEqualTo(main.getHeadline());
            assertThat(seen.all()).contains(later.getHeadline()).doesNotHaveDuplicates();
            List<Integer> levels = seen.page().select("h1, h2, h3, h4, h5, h6").stream()
                    .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
            assertThat(levels).as("the page opens with its one h1").startsWith(1);
            assertThat(seen.page().select("h1")).hasSize(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading " + (i + 1) + " of " + levels + ": no level skipped")
                        .isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
        } finally {
            fronts.remove(newsroom.editor(), key, version(key), 0);
            fronts.publish(newsroom.editor(), key, version(key));
        }
    }

    @Test
    void theContentApiArrangesAndPublishesAFrontWithTheStaleEditRefusalAndThePublicApiShowsWhatReadersSee() {
        Section harbour = newsroom.section("Harbour");
        Article main = published("Ferry strike ends", harbour);
        Article newer = published("Fog delays sailings", harbour);
        Article draft = newsroom.draft(newsroom.story("Pier plans " + newsroom.unique(), harbour, newsroom.ada()));
        String key = Front.keyOf(harbour.getId());
        String editor = tokens.create(newsroom.editor(), "Front desk script", null).secret();
        String night = tokens.create(newsroom.nightEditor(), "Night desk script", null).secret();
        String writer = tokens.create(newsroom.writer(), "Writer's script", null).secret();

        assertApiProblem(api("GET", "/api/v1/fronts/" + key, writer, null, null), 403);
        assertApiProblem(api("GET", "/api/v1/fronts/section-0", editor, null, null), 404);
        HttpResponse<String> read = api("GET", "/api/v1/fronts/" + key, editor, null, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(jsonOf(read).getJsonArray("slots")).as("never arranged").isEmpty();
        assertThat(api("GET", "/api/v1/fronts", editor, null, null).body()).contains("\"home\"", "\"" + key + "\"");
        JsonObject before = jsonOf(api("GET", "/api/v1/public/fronts/" + key, null, null, null));
        assertThat(before.getJsonObject("lead").getString("headline")).as("unarranged: the newest leads")
                .isEqualTo(newer.getHeadline());

        String arrangement = "{\"topCount\": 2, \"slots\": [{\"position\": 0, \"articleId\": " + main.getId()
                + ", \"headline\": \"Strike over: ferries sail at dawn\"}]}";
        assertApiProblem(api("PUT", "/api/v1/fronts/" + key, editor, arrangement, null), 428);
        assertThat(jsonOf(assertApiProblem(api("PUT", "/api/v1/fronts/" + key, editor, "{\"slots\": [{\"position\": 0, "
                + "\"articleId\": " + draft.getId() + "}]}", etag), 422)).getJsonArray("errors").getJsonObject(0).getString("field"))
                .as("a story that is not live").isEqualTo("slots");
        HttpResponse<String> saved = api("PUT", "/api/v1/fronts/" + key, night, arrangement, etag);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(jsonOf(saved).getJsonArray("slots").getJsonObject(0).getString("headline")).isEqualTo("Strike over: ferries sail at dawn");
        HttpResponse<String> stale = api("PUT", "/api/v1/fronts/" + key, editor, "{\"slots\": []}", etag);
        JsonObject refusal = jsonOf(assertApiProblem(stale, 412));
        assertThat(refusal.getString("changedBy")).as("who changed it since").isEqualTo(staff.getActive(newsroom.nightEditor()).getDisplayName());
        assertThat(jsonOf(api("GET", "/api/v1/fronts/" + key, editor, null, null)).getJsonArray("slots")).as("nothing lost").hasSize(1);
        assertThat(jsonOf(api("GET", "/api/v1/public/fronts/" + key, null, null, null)).getJsonObject("lead").getInt("id"))
                .as("arranging alone shows readers nothing").isEqualTo(newer.getId().intValue());

        String current = saved.headers().firstValue("ETag").orElseThrow();
        assertApiProblem(api("POST", "/api/v1/fronts/" + key + "/publish", editor, null, etag), 412);
        HttpResponse<String> published = api("POST", "/api/v1/fronts/" + key + "/publish", editor, null, current);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(jsonOf(published).getInt("liveRevision")).isEqualTo(1);

        JsonObject seen = jsonOf(api("GET", "/api/v1/public/fronts/" + key, null, null, null));
        assertThat(seen.getJsonObject("lead").getInt("id")).as("the editor's lead, on the next request").isEqualTo(main.getId().intValue());
        assertThat(seen.getJsonObject("lead").getString("headline")).as("the front's own headline").isEqualTo("Strike over: ferries sail at dawn");
        assertThat(seen.getJsonObject("lead").getBoolean("placed")).isTrue();
        assertThat(seen.getJsonArray("top").getJsonObject(0).getString("headline")).as("the stream fills the empty place")
                .isEqualTo(newer.getHeadline());
        assertThat(seen.toString()).doesNotContain(draft.getHeadline());
        assertThat(Seen.at(newsroom.reader(), frontOf(harbour)).lead()).as("the page agrees")
                .isEqualTo("Strike over: ferries sail at dawn");

        newsroom.unpublish(main);
        assertThat(jsonOf(api("GET", "/api/v1/public/fronts/" + key, null, null, null)).getJsonObject("lead").getInt("id"))
                .as("a placed story taken down leaves the public answer at once").isEqualTo(newer.getId().intValue());

        String at = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        String latest = jsonOf(api("GET", "/api/v1/fronts/" + key, editor, null, null)).getJsonNumber("version").toString();
        HttpResponse<String> scheduled = api("POST", "/api/v1/fronts/" + key + "/schedule", editor,
                "{\"publishAt\": \"" + at + "\"}", "\"" + latest + "\"");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(jsonOf(scheduled).getString("scheduledAt")).isNotNull();
        fronts.cancelSchedule(newsroom.editor(), key, version(key));
    }

    @Test
    void theLeadShowsItsLeadPictureAsItsOwnPageDoesAndANewAltTextReachesTheFrontAtOnce() {
        Section gallery = newsroom.section("Gallery");
        String alt = "Divers inspect the harbour wall at low tide " + newsroom.unique();
        long imageId = media.upload(newsroom.editor(), "file", "wall.jpg", Pictures.jpeg(2400, 1800, 16), alt,
                "The wall after the storm.", "Photo: Ada Reporter").getId();
        assertThat(Waiting.until(Instant.now().plusSeconds(60), () -> media.get(imageId).getStatus() != MediaImage.Status.PROCESSING))
                .as("the picture's sizes are made within a minute").isTrue();
        Article draft = newsroom.draft(newsroom.story("Harbour wall repaired " + newsroom.unique(), gallery, newsroom.ada()));
        media.chooseLeadImage(newsroom.editor(), draft.getId(), imageId, 50, 50);
        Article pictured = newsroom.publish(articles.get(draft.getId()));
        Article newer = published("Tide tables printed", gallery);
        String key = Front.keyOf(gallery.getId());
        fronts.place(newsroom.editor(), key, version(key), pictured.getId(), 0);
        fronts.publish(newsroom.editor(), key, version(key));
        Browser reader = newsroom.reader();

        Seen seen = Seen.at(reader, frontOf(gallery));
        assertThat(seen.lead()).isEqualTo(pictured.getHeadline());
        assertThat(seen.top()).contains(newer.getHeadline());
        Element lead = seen.page().selectFirst(".lead-story figure.lead-image img");
        assertThat(lead).as("the lead shows its picture").isNotNull();
        assertThat(seen.page().select("main img")).as("only the lead has a picture").hasSize(1);
        assertThat(lead.attr("alt")).isEqualTo(alt);
        assertThat(Integer.parseInt(lead.attr("width"))).as("its space reserved: no layout shift").isPositive();
        assertThat(Integer.parseInt(lead.attr("height"))).isPositive();
        assertThat(lead.attr("srcset")).contains("320w", "640w", "1280w");
        assertThat(lead.attr("sizes")).isEqualTo(LeadImageView.SIZES);
        assertThat(lead.attr("loading")).as("above the fold: never lazy").isNotEqualTo("lazy");
        Document story = Jsoup.parse(reader.get(java.net.URI.create(seen.page().select("#lead-heading a").attr("href")).getPath()
                .substring(newsroom.contextPath().length())).body());
        assertThat(story.selectFirst("figure.lead-image").outerHtml()).as("the same figure as the story's own page")
                .isEqualTo(seen.page().selectFirst(".lead-story figure.lead-image").outerHtml());
        List<Integer> levels = seen.page().select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading " + (i + 1) + " of " + levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }

        MediaImage picture = media.get(imageId);
        String described = "Divers finish the harbour wall " + newsroom.unique();
        media.describe(newsroom.editor(), imageId, picture.getVersion(), described, picture.getCaption(), picture.getCredit(),
                picture.getFocalX(), picture.getFocalY());
        assertThat(Seen.at(reader, frontOf(gallery)).page().select(".lead-story img").attr("alt"))
                .as("the front kept before the change is evicted").isEqualTo(described);
    }

    private static void place(Browser editor, String key, Article story, int position) {
        String found = editor.get("/admin/fronts/" + key + "?q=" + java.net.URLEncoder.encode(story.getHeadline(),
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(Jsoup.parse(found).select(".results span").eachText()).as("found by its headline").contains(story.getHeadline());
        String version = Jsoup.parse(found).select("form[action$=/place] input[name=version]").attr("value");
        HttpResponse<String> placed = editor.post("/admin/fronts/" + key + "/place", form(found, "version", version,
                "article", String.valueOf(story.getId()), "position", String.valueOf(position), "q", ""));
        assertThat(placed.statusCode()).isEqualTo(303);
    }

    /** A content API request with a personal token (null: none), and If-Match (null: none). */
    private HttpResponse<String> api(String method, String path, String token, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(newsroom.base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> assertApiProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return response;
    }

    private static JsonObject jsonOf(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A form as the page's browser posts it: the page's CSRF field and these fields. */
    private static Map<String, String> form(String page, String... fields) {
        Map<String, String> form = new LinkedHashMap<>(Browser.csrfFieldOf(page));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }
}
