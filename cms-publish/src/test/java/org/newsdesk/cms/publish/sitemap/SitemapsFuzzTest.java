package org.newsdesk.cms.publish.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.publish.AnyText;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.page.TestSites;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.text.Characters;
import org.w3c.dom.Document;

/**
 * Whatever a headline or the site's name holds, the news sitemap is well-formed XML (read as
 * UTF-8 bytes, as a crawler reads it) carrying both as Newsdesk keeps them; and whatever slug a
 * story was stored with, the article sitemap stays well-formed with one address a story.
 *
 * <p>Time: 500 tries a property, under two seconds each.
 */
class SitemapsFuzzTest {

    private static final Instant FIRST = Instant.parse("2021-12-15T17:49:00Z");

    private final Section politics = TestSites.section(7, "Politics", "politics", null);

    @Provide
    Arbitrary<String> aName() {
        return AnyText.pieces().filter(text -> !Characters.clean(text).isBlank());
    }

    @Provide
    Arbitrary<String> anyText() {
        return AnyText.pieces();
    }

    @Property(tries = 500)
    void theNewsSitemapIsWellFormedAndCarriesTheHeadlineCleaned(@ForAll("aName") String headline,
                                                               @ForAll("aName") String siteName) throws Exception {
        RenderContext test = TestSites.site(politics);
        RenderContext site = new RenderContext(siteName, test.base(), test.sections(), test.urls(), test.time());

        Document news = parse(Sitemaps.news(List.of(new StoryListing(4L, headline, null, "typed", 7L, FIRST, null, FIRST)), site));

        assertThat(news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "title").item(0).getTextContent())
                .isEqualTo(Characters.clean(headline));
        assertThat(news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "name").item(0).getTextContent())
                .isEqualTo(Characters.clean(siteName));
    }

    @Property(tries = 500)
    void theArticleSitemapIsWellFormedWhateverSlugAStoryWasStoredWith(@ForAll("anyText") String slug) throws Exception {
        RenderContext site = TestSites.site(politics);
        List<StoryListing> stories = List.of(new StoryListing(4L, "Budget", null, slug, 7L, FIRST, null, FIRST),
                new StoryListing(5L, "Taxes", null, "taxes", 7L, FIRST, null, FIRST));

        Document urls = parse(Sitemaps.articles(stories, site));

        assertThat(urls.getElementsByTagNameNS(Sitemaps.SITEMAP_NS, "loc").getLength()).isEqualTo(2);
        assertThat(urls.getElementsByTagNameNS(Sitemaps.SITEMAP_NS, "loc").item(1).getTextContent())
                .isEqualTo("https://news.example.com/politics/2021/12/15/taxes");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
