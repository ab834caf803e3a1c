package org.newsdesk.cms.publish.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.publish.url.PublicPath.Feed;

/** The site's URL layout, written and read back: every kind of address, and the requests that are none. */
class PublicPathTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 8);

    static Stream<Arguments> everyKindOfAddress() {
        return Stream.of(
                Arguments.of(new PublicPath.Home(), "/"),
                Arguments.of(new PublicPath.Article("politics/elections", DAY, "polls-close"), "/politics/elections/2022/11/08/polls-close"),
                Arguments.of(new PublicPath.Article("politics", LocalDate.of(2021, 1, 2), "budget"), "/politics/2021/01/02/budget"),
                Arguments.of(new PublicPath.SectionFront("politics/elections", 1), "/politics/elections/"),
                Arguments.of(new PublicPath.SectionFront("politics", 3), "/politics/?page=3"),
                Arguments.of(new PublicPath.SectionWithoutSlash("politics/elections"), "/politics/elections"),
                Arguments.of(new PublicPath.SectionFeed("politics/elections", Feed.RSS), "/politics/elections/feed.xml"),
                Arguments.of(new PublicPath.SectionFeed("politics", Feed.ATOM), "/politics/atom.xml"),
                Arguments.of(new PublicPath.AuthorPage("ada-reporter", 1), "/authors/ada-reporter/"),
                Arguments.of(new PublicPath.AuthorPage("ada-reporter", 2), "/authors/ada-reporter/?page=2"),
                Arguments.of(new PublicPath.AuthorWithoutSlash("ada-reporter"), "/authors/ada-reporter"),
                Arguments.of(new PublicPath.SiteFeed(Feed.RSS), "/feed.xml"),
                Arguments.of(new PublicPath.SiteFeed(Feed.ATOM), "/atom.xml"),
                Arguments.of(new PublicPath.SitemapIndex(), "/sitemap.xml"),
                Arguments.of(new PublicPath.ArticleSitemap(12), "/sitemaps/articles-12.xml"),
                Arguments.of(new PublicPath.NewsSitemap(), "/news-sitemap.xml"),
                Arguments.of(new PublicPath.Robots(), "/robots.txt"),
                Arguments.of(new PublicPath.Search("council budget", null, null, null, 1), "/search?q=council+budget"),
                Arguments.of(new PublicPath.Search("\"late vote\" -sports & *:*", "politics/elections", "2021-01-01",
                        "2021-12-31", 3), "/search?q=%22late+vote%22+-sports+%26+*%3A*&section=politics%2Felections"
                        + "&from=2021-01-01&to=2021-12-31&page=3"),
                Arguments.of(new PublicPath.Search(null, null, null, null, 1), "/search?q="));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfAddress")
    void eachAddressIsWrittenOneWayAndReadBackAsItself(PublicPath address, String written) {
        assertThat(address.path()).isEqualTo(written);
        assertThat(parse(written)).contains(address);
    }

    @Test
    void theRoundTripCoversEveryKindOfAddress() {
        Stream<Class<?>> covered = everyKindOfAddress().map(arguments -> arguments.get()[0].getClass());
        assertThat(covered.distinct()).containsExactlyInAnyOrder(PublicPath.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @CsvSource({
            "/politics/?page=1, /politics/",
            "/authors/ada/?page=1, /authors/ada/",
            "/feed.xml?page=2, /feed.xml",
            "/politics/atom.xml?page=2, /politics/atom.xml",
            "/politics/2021/12/15/budget?page=2, /politics/2021/12/15/budget",
            "/sitemap.xml?page=4, /sitemap.xml",
            "/politics?page=2, /politics",
            "/authors/ada?page=2, /authors/ada"})
    void aPageNumberMattersOnlyToListsThatHavePages(String requested, String canonical) {
        assertThat(parse(requested)).map(PublicPath::path).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "01", "two", "", "1234567", "1.5"})
    void aPageNumberThatIsNoneMakesNoAddress(String page) {
        assertThat(PublicUrls.parse("/politics/", page)).isEmpty();
        assertThat(PublicUrls.parse("/feed.xml", page)).isEmpty();
    }

    @Test
    void theHomePageHasOnePage() {
        assertThat(PublicUrls.parse("/", "2")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Politics/", "/politics//", "/politics/feed.rss", "/favicon.ico", "/sports_desk/", "/-politics/",
            "/politics/2021/13/45/budget", "/sitemaps/articles-0.xml", "/sitemaps/articles-x.xml",
            "/authors/Ada/", "/news-sitemap.xml/"})
    void pathsOfNoShapeTheSiteKnowsAreNoAddress(String path) {
        assertThat(PublicUrls.parse(path, null)).isEmpty();
    }

    @Test
    void listsAndSitemapsAreNumberedFromOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PublicPath.SectionFront("politics", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PublicPath.AuthorPage("ada", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PublicPath.ArticleSitemap(0));
    }

    /** A written address as a request brings it: the path, and the parameters apart. */
    private static Optional<PublicPath> parse(String written) {
        String[] pathAndQuery = written.split("\\?", 2);
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        if (pathAndQuery.length > 1) {
            for (String pair : pathAndQuery[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.put(nameAndValue[0], java.net.URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "",
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return PublicUrls.parseRequest(pathAndQuery[0], parameters::get);
    }

    @Test
    void aSearchKeepsWhatWasTypedCutToItsLengthAndAPageNumberThatIsNoneMakesNoAddress() {
        assertThat(parse("/search?q=" + "a".repeat(500))).map(PublicPath::path)
                .contains("/search?q=" + "a".repeat(org.newsdesk.cms.search.QueryText.MAXIMUM_LENGTH));
        assertThat(parse("/search?q=budget&page=two")).isEmpty();
        assertThat(parse("/search?q=budget&page=0")).isEmpty();
        assertThat(parse("/search?q=budget&page=999999")).map(PublicPath::path).contains("/search?q=budget&page=999999");
    }

}
