package org.newsdesk.cms.publish.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleContent;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.time.PublicationTime;

/** An article's URL: live section path, date of first publication in the publication's zone, live slug. */
class PublicUrlsTest {

    private static final Instant T0 = Instant.parse("2021-12-15T12:00:00Z");

    private final PublicUrls urls = new PublicUrls(new PublicationTime(ZoneId.of("America/New_York")));
    private final StaffMember editor = new StaffMember("edith", "Edith", "hash", Set.of(Role.EDITOR), T0);
    private final Section politics = new Section("Politics", "politics", null, 0);
    private final Section elections = new Section("Elections", "elections", politics, 0);
    private final Author ada = new Author("Ada Reporter", "ada-reporter", null);

    @Test
    void aDraftHasNoPublicUrl() {
        Article draft = Article.create(content(politics, "budget-vote"), editor, T0, null).getArticle();
        assertThat(urls.articlePath(draft)).isEmpty();
    }

    @Test
    void theDateIsTheDayOfFirstPublicationInThePublicationsZone() {
        // 03:30 UTC on the 16th is still the evening of the 15th in New York
        Article article = published(politics, "late-vote", Instant.parse("2021-12-16T03:30:00Z"));
        assertThat(urls.articlePath(article)).contains("/politics/2021/12/15/late-vote");
    }

    @Test
    void nestedSectionsGiveNestedPaths() {
        Article article = published(elections, "polls-close", Instant.parse("2022-11-08T23:59:00Z"));
        assertThat(urls.articlePath(article)).contains("/politics/elections/2022/11/08/polls-close");
    }

    @Test
    void theUrlFollowsTheLiveVersionNotTheDraftAndKeepsItsDateOnUpdate() {
        Instant first = Instant.parse("2021-12-15T17:49:00Z");
        Article article = published(politics, "budget-vote", first);
        article.revise(content(elections, "budget-vote-renamed"), editor, first.plusSeconds(3600), null);
        assertThat(urls.articlePath(article)).as("a saved draft changes nothing public")
                .contains("/politics/2021/12/15/budget-vote");

        Instant nextDay = first.plusSeconds(86_400);
        Revision update = article.revise(content(elections, "budget-vote-renamed"), editor, nextDay, null);
        article.publish(update, editor, nextDay, true, null);
        assertThat(urls.articlePath(article)).contains("/politics/elections/2021/12/15/budget-vote-renamed");
    }

    @Test
    void frontsFeedsAuthorsAndSitemapsHaveOneAddressEach() {
        assertThat(urls.section(elections)).isEqualTo("/politics/elections/");
        assertThat(urls.section(elections, 1)).as("page 1 is the front itself").isEqualTo("/politics/elections/");
        assertThat(urls.section(elections, 2)).isEqualTo("/politics/elections/?page=2");
        assertThat(urls.sectionRss(politics)).isEqualTo("/politics/feed.xml");
        assertThat(urls.sectionAtom(politics)).isEqualTo("/politics/atom.xml");
        assertThat(urls.author(ada)).isEqualTo("/authors/ada-reporter/");
        assertThat(urls.author(ada, 3)).isEqualTo("/authors/ada-reporter/?page=3");
        assertThat(List.of(urls.home(), urls.rss(), urls.atom(), urls.sitemapIndex(), urls.articleSitemap(2), urls.newsSitemap(),
                urls.robots())).containsExactly("/", "/feed.xml", "/atom.xml", "/sitemap.xml", "/sitemaps/articles-2.xml",
                "/news-sitemap.xml", "/robots.txt");
    }

    @Test
    void absoluteUrlsStartFromTheConfiguredSiteUrl() {
        assertThat(new SiteBase("https://news.example.com/").absolute(urls.section(politics)))
                .isEqualTo("https://news.example.com/politics/");
        assertThat(new SiteBase("https://example.com/news").absolute("/feed.xml")).isEqualTo("https://example.com/news/feed.xml");
    }

    private Article published(Section section, String slug, Instant at) {
        Revision first = Article.create(content(section, slug), editor, at.minusSeconds(60), null);
        first.getArticle().publish(first, editor, at, false, null);
        return first.getArticle();
    }

    private ArticleContent content(Section section, String slug) {
        return new ArticleContent("Headline", null, "<p>Body.</p>", section, List.of(ada), slug);
    }
}
