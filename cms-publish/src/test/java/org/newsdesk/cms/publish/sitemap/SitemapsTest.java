package org.newsdesk.cms.publish.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.page.TestSites;
import org.newsdesk.cms.section.Section;
import org.w3c.dom.Document;

class SitemapsTest {

    private static final Instant FIRST = Instant.parse("2021-12-15T17:49:00Z");

    private final Section politics = TestSites.section(7, "Politics", "politics", null);
    private final RenderContext site = TestSites.site(politics);
    private final StoryListing story = new StoryListing(1L, "Budget & <taxes>", null, "budget", 7L, FIRST,
            Instant.parse("2021-12-16T15:00:00Z"), FIRST);

    @Test
    void theIndexNamesEachArticleSitemap() throws Exception {
        Document index = parse(Sitemaps.index(2, site));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getElementsByTagNameNS(Sitemaps.SITEMAP_NS, "loc").item(1).getTextContent())
                .isEqualTo("https://news.example.com/sitemaps/articles-2.xml");
    }

    @Test
    void anArticleIsListedWithTheTimeReadersSawItChange() throws Exception {
        Document urls = parse(Sitemaps.articles(List.of(story), site));
        assertThat(urls.getElementsByTagNameNS(Sitemaps.SITEMAP_NS, "loc").item(0).getTextContent())
                .isEqualTo("https://news.example.com/politics/2021/12/15/budget");
        assertThat(urls.getElementsByTagNameNS(Sitemaps.SITEMAP_NS, "lastmod").item(0).getTextContent())
                .isEqualTo("2021-12-16T10:00:00-05:00");
    }

    @Test
    void theNewsSitemapEscapesHeadlines() throws Exception {
        Document news = parse(Sitemaps.news(List.of(story), site));
        assertThat(news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "title").item(0).getTextContent()).isEqualTo("Budget & <taxes>");
        assertThat(news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "publication_date").item(0).getTextContent())
                .isEqualTo("2021-12-15T12:49:00-05:00");
        assertThat(news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "name").item(0).getTextContent()).isEqualTo("Newsdesk");
    }

    @Test
    void aControlCharacterInAHeadlineLeavesTheNewsSitemapWellFormed() throws Exception {
        StoryListing pasted = new StoryListing(4L, "Council\u0000 votes\u000B tonight", null, "council-votes", 7L,
                FIRST, null, FIRST);
        Document news = parse(Sitemaps.news(List.of(pasted), site));
        assertThat(news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "title").item(0).getTextContent())
                .isEqualTo("Council votes  tonight");
    }

    @Test
    void theNewsSitemapGivesAStorysKeywordsAfterItsTitleAndLeavesThemOutWhenItHasNone() throws Exception {
        StoryListing keyworded = new StoryListing(2L, "Budget passes", null, "budget-passes", 7L, FIRST, null, FIRST,
                "budget, City & Council");
        Document news = parse(Sitemaps.news(List.of(keyworded, story), site));
        assertThat(news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "keywords").getLength()).isEqualTo(1);
        org.w3c.dom.Node keywords = news.getElementsByTagNameNS(Sitemaps.NEWS_NS, "keywords").item(0);
        assertThat(keywords.getTextContent()).isEqualTo("budget, City & Council");
        assertThat(keywords.getPreviousSibling().getLocalName()).isEqualTo("title");
    }

    @Test
    void robotsNamesBothSitemaps() {
        assertThat(Sitemaps.robots(site)).contains("Sitemap: https://news.example.com/sitemap.xml",
                "Sitemap: https://news.example.com/news-sitemap.xml", "Disallow: /admin/");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
