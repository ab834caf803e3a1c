package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.publish.page.ArticlePreview;
import org.newsdesk.cms.section.Section;

/**
 * The public site as readers get it, over HTTP from the real cms.war on Payara Micro: article
 * anatomy and times, live version only, redirects, 410, conditional GETs, cache eviction, feeds,
 * sitemaps. Each test makes its own stories through the services in the container, at addresses
 * of its own; {@link PublicSiteStandardsIT} checks the markup, feeds, sitemaps and accessibility.
 */
class PublicSiteIT extends ContainerTest {

    @Inject
    ArticleService articles;

    @Inject
    ArticlePreview preview;

    private String unique;
    private Section politics;
    private Author ada;

    @BeforeEach
    void politicsDesk() {
        unique = newsroom.unique();
        politics = newsroom.section("Politics");
        ada = newsroom.ada();
    }

    @Test
    void aStoryPublishedAtAKnownInstantHasTheExactAnatomyTimesAndHead() {
        Instant published = Instant.parse("2021-12-15T17:49:00Z");
        Author bob = newsroom.author("Bob Stringer", null);
        clock.set(published.minusSeconds(600));
        Article article = newsroom.draft(newsroom.story("Council approves budget", politics, ada, bob)
                .dek("A late-night vote ends a month of wrangling.")
                .body("<p>The council voted 7 to 2.</p><h2>What comes next</h2><p>The mayor signs it.</p>"));
        clock.set(published);
        article = newsroom.publish(article);

        String path = "/politics-" + unique + "/2021/12/15/council-approves-budget";
        HttpResponse<String> response = reader().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        String page = response.body();
        String base = base();
        assertThat(page).containsSubsequence(
                "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>",
                "<main id=\"main\"",
                "<p class=\"section-label\"><a href=\"" + base + "/politics-" + unique + "/\">Politics</a></p>",
                "<h1>Council approves budget</h1>",
                "<p class=\"dek\">A late-night vote ends a month of wrangling.</p>",
                "By <a rel=\"author\" href=\"" + base + "/authors/ada-" + unique + "/\">Ada Reporter</a> and <a rel=\"author\" href=\""
                        + base + "/authors/bob-" + unique + "/\">Bob Stringer</a>",
                "<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>",
                "<p>The council voted 7 to 2.</p><h2>What comes next</h2><p>The mayor signs it.</p>");
        assertThat(page.split("<h1", -1)).as("one h1").hasSize(2);
        assertThat(page).doesNotContain("Updated:", "Updates and corrections");

        String canonical = base + path;
        assertThat(page).contains("<title>Council approves budget | Newsdesk</title>",
                "<meta name=\"description\" content=\"A late-night vote ends a month of wrangling.\">",
                "<link rel=\"canonical\" href=\"" + canonical + "\">",
                "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"og:url\" content=\"" + canonical + "\">",
                "<meta property=\"article:published_time\" content=\"2021-12-15T12:49:00-05:00\">",
                "<meta property=\"article:modified_time\" content=\"2021-12-15T12:49:00-05:00\">",
                "<meta property=\"article:section\" content=\"Politics\">",
                "<meta name=\"twitter:card\" content=\"summary\">",
                "\"@type\":\"NewsArticle\"", "\"datePublished\":\"2021-12-15T12:49:00-05:00\"",
                "\"dateModified\":\"2021-12-15T12:49:00-05:00\"",
                "{\"@type\":\"Person\",\"name\":\"Ada Reporter\",\"url\":\"" + base + "/authors/ada-" + unique + "/\"}",
                "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"" + canonical + "\"}");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cc ->
                assertThat(cc).startsWith("public").contains("s-maxage=60"));
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).doesNotContain("unsafe-inline"));

        // a meaningful update shows its own time, and the note, dated, under the story
        Instant updated = Instant.parse("2021-12-15T19:38:00Z");
        clock.set(updated);
        article = newsroom.save(article, Story.of(article).headline("Council approves budget; mayor to sign"));
        newsroom.publishUpdate(article, "Adds the mayor's response.");
        page = reader().get(path).body();
        assertThat(page).containsSubsequence("<h1>Council approves budget; mayor to sign</h1>",
                "<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>",
                "Updated: <time datetime=\"2021-12-15T14:38:00-05:00\">December 15, 2021 2:38pm</time>",
                "<p>The mayor signs it.</p>",
                "<h2 id=\"update-notes-heading\">Updates and corrections</h2>",
                "<time datetime=\"2021-12-15T14:38:00-05:00\">December 15, 2021 2:38pm</time>: Adds the mayor&#39;s response.");
        assertThat(page).contains("<meta property=\"article:modified_time\" content=\"2021-12-15T14:38:00-05:00\">",
                "\"dateModified\":\"2021-12-15T14:38:00-05:00\"");
    }

    @Test
    void anEditNotRepublishedStaysUnseenAndAPublishEvictsEveryPageItTouches() {
        Section elections = newsroom.section("Elections", politics);
        // the newest story, so it is on the home page and in the site feeds; named for this test
        // alone, as the database outlives a run
        Instant published = newest();
        clock.set(published);
        String before = "Polls open in ward " + unique;
        String after = "Turnout is high in ward " + unique;
        Article article = publishedStory(before, elections);
        String path = "/politics-" + unique + "/elections/" + datePath(published) + "/polls-open-in-ward-" + unique;
        Browser reader = reader();
        // every page that lists the story is read once, so it sits in the page cache
        List<String> touched = List.of(path, "/", "/politics-" + unique + "/", "/politics-" + unique + "/elections/",
                "/politics-" + unique + "/feed.xml", "/politics-" + unique + "/elections/atom.xml", "/feed.xml", "/atom.xml",
                "/authors/ada-" + unique + "/");
        for (String page : touched) {
            assertThat(reader.get(page).body()).as(page).contains(before);
        }

        clock.set(published.plusSeconds(60));
        article = newsroom.save(article, Story.of(article).headline(after));
        for (String page : touched) {
            assertThat(reader.get(page).body()).as("a saved draft is not shown: " + page).contains(before).doesNotContain(after);
        }

        newsroom.publish(article);
        for (String page : touched) {
            assertThat(reader.get(page).body()).as("the next request after a publish: " + page).contains(after)
                    .doesNotContain(before);
        }
        assertThat(reader.get(path).body()).as("a republish without 'updated' shows no update").doesNotContain("Updated:");
    }

    @Test
    void aChangedSlugOrSectionAnswersEveryOldAddressWithAPermanentRedirect() {
        Section metro = newsroom.section("Metro");
        clock.set(Instant.parse("2022-03-01T15:00:00Z"));
        Article article = publishedStory("Bridge reopens", politics);
        String first = "/politics-" + unique + "/2022/03/01/bridge-reopens";
        assertThat(reader().get(first).statusCode()).isEqualTo(200);

        Story repaired = Story.of(article).dek(null).body("<p>Traffic flows.</p>").slug("bridge-reopens-after-repairs");
        article = newsroom.save(article, repaired);
        article = newsroom.publish(article);
        String second = "/politics-" + unique + "/2022/03/01/bridge-reopens-after-repairs";
        assertRedirect(first, second);

        article = newsroom.save(article, repaired.in(metro));
        newsroom.publish(article);
        String third = "/metro-" + unique + "/2022/03/01/bridge-reopens-after-repairs";
        assertRedirect(first, third);
        assertRedirect(second, third);
        assertThat(reader().get(third).statusCode()).isEqualTo(200);
        assertThat(reader().get("/politics-" + unique + "/").body()).as("the old section front lets it go")
                .doesNotContain("Bridge reopens");
        assertThat(reader().get("/metro-" + unique + "/").body()).contains("Bridge reopens");
        String sitemap = reader().get("/sitemap.xml").body() + reader().get("/sitemaps/articles-1.xml").body();
        assertThat(sitemap).as("the sitemaps name only the current address").contains(base() + third)
                .doesNotContain(base() + first + "<", base() + second + "<");
    }

    @Test
    void aStoryTakenDownAnswers410EverywhereAndLeavesTheLists() {
        Instant published = newest();
        clock.set(published);
        Article article = publishedStory("Zoo welcomes twin pandas", politics);
        String path = "/politics-" + unique + "/" + datePath(published) + "/zoo-welcomes-twin-pandas";
        assertThat(reader().get(path).statusCode()).isEqualTo(200);
        assertThat(reader().get("/feed.xml").body()).contains(path);
        assertThat(reader().get("/sitemaps/articles-1.xml").body()).contains(path);

        newsroom.unpublish(article);
        HttpResponse<String> gone = reader().get(path);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("<h1>This story has been removed</h1>", "Skip to main content")
                .doesNotContain("twin pandas");
        for (String list : List.of("/", "/feed.xml", "/atom.xml", "/sitemaps/articles-1.xml", "/news-sitemap.xml",
                "/politics-" + unique + "/", "/authors/ada-" + unique + "/")) {
            assertThat(reader().get(list).body()).as(list).doesNotContain(path);
        }

        HttpResponse<String> unknown = reader().get("/politics-" + unique + "/2022/04/01/no-such-story");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<h1>Page not found</h1>", "Skip to main content");
        assertThat(reader().get("/no-such-section-" + unique + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void conditionalGetsAnswer304UntilTheStoryChanges() throws Exception {
        clock.set(Instant.parse("2022-05-02T13:00:00Z"));
        Article article = publishedStory("Library extends hours", politics);
        String url = base() + "/politics-" + unique + "/2022/05/02/library-extends-hours";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(lastModified).isEqualTo("Mon, 02 May 2022 13:00:00 GMT");

        HttpResponse<String> byEtag = client.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byEtag.headers().firstValue("ETag")).contains(etag);
        HttpResponse<String> byDate = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byDate.statusCode()).isEqualTo(304);
        for (String list : List.of("/", "/feed.xml", "/sitemap.xml", "/politics-" + unique + "/")) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base() + list)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create(base() + list))
                    .header("If-None-Match", page.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(list).isEqualTo(304);
        }

        clock.set(Instant.parse("2022-05-02T14:00:00Z"));
        article = newsroom.save(article, Story.of(article).headline("Library extends hours on weekends"));
        newsroom.publishUpdate(article, null);
        HttpResponse<String> changed = client.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag)
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Library extends hours on weekends");
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void sectionFrontsIncludeChildSectionsAndPaginateWithPrevAndNext() {
        Section courts = newsroom.section("Courts", politics);
        Instant start = Instant.parse("2022-06-01T12:00:00Z");
        for (int n = 1; n <= 21; n++) {
            clock.set(start.plusSeconds(3600L * n));
            publishedStory("Story number " + n, n % 2 == 0 ? courts : politics);
        }
        String front = "/politics-" + unique + "/";
        String first = reader().get(front).body();
        assertThat(first).contains("<h1>Politics</h1>", "Story number 21", "Story number 20", "Story number 2<")
                .doesNotContain("Story number 1<")
                .contains("<link rel=\"next\" href=\"" + base() + front + "?page=2\">")
                .doesNotContain("rel=\"prev\"")
                .contains("href=\"" + base() + front + "courts/\">Courts</a>");
        String second = reader().get(front + "?page=2").body();
        assertThat(second).contains("Story number 1<", "<link rel=\"prev\" href=\"" + base() + front + "\">",
                "<link rel=\"canonical\" href=\"" + base() + front + "?page=2\">").doesNotContain("rel=\"next\"");
        assertThat(reader().get(front + "?page=3").statusCode()).isEqualTo(404);
        assertThat(reader().get(front + "?page=x").statusCode()).isEqualTo(404);
        assertThat(reader().get("/politics-" + unique + "/courts/").body()).contains("Story number 20")
                .doesNotContain("Story number 21");
        assertThat(reader().get("/politics-" + unique).statusCode()).as("a front's address ends with a slash").isEqualTo(301);

        String author = reader().get("/authors/ada-" + unique + "/").body();
        assertThat(author).contains("<h1>Ada Reporter</h1>", "Covers City Hall.", "Story number 21",
                "<link rel=\"next\"");
    }

    @Test
    void theNewsSitemapHasTheLast48HoursAndRobotsNamesTheSitemaps() {
        Instant now = Instant.now();
        clock.set(now.minus(Duration.ofHours(72)));
        publishedStory("Three days old " + unique, politics);
        clock.set(now.minus(Duration.ofHours(2)));
        Article twoHoursOld = publishedStory("Two hours old " + unique, politics);
        // keywords saved as a draft change are not news yet; published, they are (named for this
        // run: the database keeps earlier runs' stories of the last 48 hours)
        String budgetVote = "Budget Vote " + unique;
        newsroom.save(twoHoursOld, Story.of(twoHoursOld).keywords("senate", " " + budgetVote + " ", "senate"));
        assertThat(reader().get("/news-sitemap.xml").body()).doesNotContain(budgetVote);
        newsroom.publish(articles.get(twoHoursOld.getId()));
        clock.release();
        String news = reader().get("/news-sitemap.xml").body();
        assertThat(news).contains("Two hours old " + unique, "<news:name>Newsdesk</news:name>")
                .containsSubsequence("Two hours old " + unique + "</news:title>", "<news:keywords>senate, " + budgetVote + "</news:keywords>")
                .doesNotContain("Three days old " + unique);
        // and the story's page carries them in its JSON-LD
        String page = reader().get("/" + politics.path() + "/" + datePath(now.minus(Duration.ofHours(2))) + "/"
                + twoHoursOld.getSlug()).body();
        assertThat(page).contains("\"keywords\":\"senate, " + budgetVote + "\"");
        assertThat(reader().get("/robots.txt").body()).contains("Sitemap: " + base() + "/sitemap.xml",
                "Sitemap: " + base() + "/news-sitemap.xml", "Disallow: /admin/");
    }

    @Test
    void aPreviewShowsTheWorkingDraftMarkedAndUnindexed() {
        clock.set(Instant.parse("2022-07-01T12:00:00Z"));
        Article article = publishedStory("Heatwave warning", politics);
        article = newsroom.save(article, Story.of(article).headline("Heatwave warning extended"));
        String html = preview.render(articles.get(article.getId()), base());
        assertThat(html).contains("Preview of the working draft", "<h1>Heatwave warning extended</h1>",
                "<meta name=\"robots\" content=\"noindex\">",
                "<time datetime=\"2022-07-01T08:00:00-04:00\">July 1, 2022 8:00am</time>")
                .doesNotContain("rel=\"canonical\"");
        assertThat(reader().get("/politics-" + unique + "/2022/07/01/heatwave-warning").body())
                .as("readers still see the live version").contains("<h1>Heatwave warning</h1>");

        Article fresh = newsroom.draft(newsroom.story("Not out yet", politics, ada).dek(null).body("<p>Soon.</p>"));
        assertThat(preview.render(fresh, base())).contains("Not yet published", "<h1>Not out yet</h1>");
    }

    /** A time a few minutes ago, to the second: among the newest stories the site lists. */
    /**
     * A publication time after every story already in the database, which all test classes share:
     * a story published minutes ago fell out of the site-wide feed's 30 when another class (such as
     * UncachedPagesIT) had just published dozens. The next whole second: the pages show minutes.
     */
    private static Instant newest() {
        return Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** {@code yyyy/mm/dd} of an instant in the publication's zone, as in article URLs. */
    private static String datePath(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd").format(at.atZone(java.time.ZoneId.of("America/New_York")));
    }

    private void assertRedirect(String from, String to) {
        HttpResponse<String> moved = reader().get(from);
        assertThat(moved.statusCode()).as(from).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).as(from).contains(base() + to);
    }

    /** A story by Ada, published now (by the test's clock). */
    private Article publishedStory(String headline, Section section) {
        return newsroom.published(newsroom.story(headline, section, ada));
    }

    private Browser reader() {
        return newsroom.reader();
    }

    private String base() {
        return newsroom.base();
    }
}
