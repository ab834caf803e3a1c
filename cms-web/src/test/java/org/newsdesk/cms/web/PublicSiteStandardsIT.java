package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.ADMIN_PASSWORD;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public site against the standards it claims, checked from the test runner on the real
 * cms.war: every page valid HTML (the Nu Html Checker), every feed parsed by ROME, every sitemap
 * valid against the sitemaps.org schema, and no WCAG 2.1 A/AA violation found by axe in Chromium.
 * Each test first files and publishes a story of its own through the admin screens, so there is
 * always a section front, an article and an author page to check, whatever ran before.
 */
class PublicSiteStandardsIT extends ClientTest {


    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String sectionFront;
    private String article;
    private EditorsDesk desk;
    private long politics;
    private long story;
    private String search;

    @BeforeEach
    void aPublishedStory() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        desk = EditorsDesk.signIn(base(), ADMIN, ADMIN_PASSWORD);
        politics = desk.section("Politics", "politics-" + unique);
        long ada = desk.author("Ada Reporter " + unique, "ada-" + unique, "Covers City Hall.");
        story = desk.draft("Council approves budget " + unique, politics, ada);
        desk.act(story, "publish", Map.of());
        sectionFront = base() + "/politics-" + unique + "/";
        article = base() + desk.publicPath(story);
        search = base() + "/search?q=budget+" + unique;
    }

    /**
     * Walks the site from the home page (every section front, article and author page it links
     * to, and a 404) through the Nu Html Checker; parses the site and section feeds with ROME, its
     * XML healer off; validates the sitemaps against the sitemaps.org schema.
     */
    @Test
    void everyPageIsValidHtmlEveryFeedParsesAndEverySitemapValidates() throws Exception {
        Set<String> pages = new LinkedHashSet<>();
        pages.add(base() + "/");
        pages.add(sectionFront);
        pages.add(article);
        Document home = Jsoup.parse(fetch(base() + "/", 200), base() + "/");
        for (Element link : home.select("a[href]")) {
            pages.add(link.attr("abs:href"));
        }
        Set<String> second = new LinkedHashSet<>();
        for (String page : pages) {
            if (page.startsWith(base()) && !page.contains("#")) {
                for (Element link : Jsoup.parse(fetch(page, 200), page).select("a[href]")) {
                    second.add(link.attr("abs:href"));
                }
            }
        }
        pages.addAll(second);
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (String page : pages) {
            // feeds and sitemaps are linked from pages too: they are XML, checked as such below
            if (!page.startsWith(base()) || page.contains("#") || page.endsWith(".xml") || page.endsWith(".txt") || checked >= 25) {
                continue;
            }
            errors.addAll(HtmlChecker.errorsIn(fetch(page, 200), page));
            checked++;
        }
        errors.addAll(HtmlChecker.errorsIn(fetch(base() + "/no-such-page/", 404), base() + "/no-such-page/"));
        for (String results : List.of(search, search + "&from=March&section=no-such-section", base() + "/search?q=")) {
            errors.addAll(HtmlChecker.errorsIn(fetch(results, 200), results));
        }
        assertThat(checked).as("pages checked").isGreaterThan(5);
        assertThat(pages).as("the walk reaches articles, fronts and authors")
                .anyMatch(p -> p.matches(".*/\\d{4}/\\d{2}/\\d{2}/.*")).anyMatch(p -> p.contains("/authors/"));
        assertThat(errors).as("Nu Html Checker errors").isEmpty();

        for (String feedUrl : List.of(base() + "/feed.xml", base() + "/atom.xml", sectionFront + "feed.xml", sectionFront + "atom.xml")) {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(false);
            SyndFeed feed = input.build(new StringReader(fetch(feedUrl, 200)));
            assertThat(feed.getEntries()).as(feedUrl).isNotEmpty();
            for (SyndEntry entry : feed.getEntries()) {
                assertThat(entry.getLink()).as(feedUrl).startsWith(base() + "/");
                assertThat(entry.getPublishedDate()).as(feedUrl).isNotNull();
            }
        }

        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema sitemap = schemas.newSchema(new StreamSource(getClass().getResource("/sitemaps/sitemap.xsd").toString()));
        Schema news = schemas.newSchema(new StreamSource[] {
                new StreamSource(getClass().getResource("/sitemaps/sitemap.xsd").toString()),
                new StreamSource(getClass().getResource("/sitemaps/sitemap-news.xsd").toString())});
        Schema sitemapIndex = schemas.newSchema(new StreamSource(getClass().getResource("/sitemaps/siteindex.xsd").toString()));
        String index = fetch(base() + "/sitemap.xml", 200);
        sitemapIndex.newValidator().validate(new StreamSource(new StringReader(index)));
        List<String> articleSitemaps = Jsoup.parse(index, "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText();
        assertThat(articleSitemaps).isNotEmpty();
        for (String articleSitemap : articleSitemaps) {
            sitemap.newValidator().validate(new StreamSource(new StringReader(fetch(articleSitemap, 200))));
        }
        news.newValidator().validate(new StreamSource(new StringReader(fetch(base() + "/news-sitemap.xml", 200))));
    }

    /**
     * In a headless Chromium: axe finds no WCAG 2.1 A/AA violation on the home page, a section
     * front, an article, an author page, the 404 page and search results (one with a date it cannot read).
     */
    @Test
    void publicPagesHaveNoAccessibilityViolations() throws Exception {
        String author = Jsoup.parse(fetch(article, 200), article).select("a[rel=author]").first().attr("abs:href");
        List<String> violations = new ArrayList<>();
        try (Chromium chromium = new Chromium()) {
            for (String page : List.of(base() + "/", sectionFront, article, author, base() + "/no-such-page/", search,
                    search + "&from=March")) {
                chromium.driver().get(page);
                violations.addAll(chromium.accessibilityViolations());
            }
        }
        assertThat(violations).as("axe WCAG 2.1 A/AA violations").isEmpty();
    }

    /**
     * A front an editor arranged on the curation screen (the story placed as the lead, published)
     * under a breaking-news banner: the front, the home page and the article stay valid HTML with
     * no axe violation.
     */
    @Test
    void aCuratedFrontUnderTheBreakingNewsBannerIsValidAndAccessible() throws Exception {
        Browser editor = desk.browser();
        String key = "/admin/fronts/section-" + politics;
        String screen = editor.get(key + "?q=Council+approves+budget").body();
        String version = Jsoup.parse(screen).select("form[action$=/publish] input[name=version]").attr("value");
        Map<String, String> place = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        place.putAll(Map.of("version", version, "article", String.valueOf(story), "position", "0", "q", ""));
        assertThat(editor.post(key + "/place", place).statusCode()).isEqualTo(303);
        screen = editor.get(key).body();
        Map<String, String> publish = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        publish.put("version", Jsoup.parse(screen).select("form[action$=/publish] input[name=version]").attr("value"));
        assertThat(editor.post(key + "/publish", publish).statusCode()).isEqualTo(303);
        Map<String, String> banner = new java.util.LinkedHashMap<>(Browser.csrfFieldOf(screen));
        banner.putAll(Map.of("version", "", "text", "Polls close at 8pm", "link", "/", "expires", ""));
        assertThat(editor.post("/admin/fronts/banner", banner).statusCode()).isEqualTo(303);
        try {
            String front = fetch(sectionFront, 200);
            assertThat(Jsoup.parse(front).select("#lead-heading a").attr("href")).isEqualTo(article);
            assertThat(front).contains("Polls close at 8pm");
            List<String> errors = new ArrayList<>();
            for (String page : List.of(sectionFront, base() + "/", article)) {
                errors.addAll(HtmlChecker.errorsIn(fetch(page, 200), page));
            }
            assertThat(errors).as("Nu Html Checker errors").isEmpty();
            List<String> violations = new ArrayList<>();
            try (Chromium chromium = new Chromium()) {
                for (String page : List.of(sectionFront, base() + "/")) {
                    chromium.driver().get(page);
                    violations.addAll(chromium.accessibilityViolations());
                }
            }
            assertThat(violations).as("axe WCAG 2.1 A/AA violations").isEmpty();
        } finally {
            assertThat(editor.post("/admin/fronts/banner/take-down", Browser.csrfFieldOf(screen)).statusCode()).isEqualTo(303);
        }
    }

    private String fetch(String url, int expectedStatus) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(expectedStatus);
        return response.body();
    }
}
