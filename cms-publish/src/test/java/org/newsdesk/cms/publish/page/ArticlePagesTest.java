package org.newsdesk.cms.publish.page;

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
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.time.PublicationTime;

/** The article view model and page: live revision only, times by the rules, safe structured data. */
class ArticlePagesTest {

    private static final Instant PUBLISHED = Instant.parse("2021-12-15T17:49:00Z");

    private final PublicationTime time = new PublicationTime(ZoneId.of("America/New_York"));
    private final RenderContext site = new RenderContext("Newsdesk", new SiteBase("https://news.example.com/"), new SectionTree(List.of()),
            new PublicUrls(time), time);
    private final ArticlePages pages = new ArticlePages(new PageRenderer(TemplateEngineProducer.create()));
    private final StaffMember editor = new StaffMember("edith", "Edith", "hash", Set.of(Role.EDITOR), PUBLISHED);
    private final Section politics = new Section("Politics", "politics", null, 0);
    private final Author ada = new Author("Ada Reporter", "ada-reporter", null);
    private final Author bob = new Author("Bob </script> Stringer", "bob", null);

    @Test
    void theLiveRevisionIsShownNotTheDraft() {
        Article article = published("Council approves budget");
        article.revise(content("Half-done rewrite", List.of(ada)), editor, PUBLISHED.plusSeconds(60), null);

        ArticleView view = ArticlePages.live(article, site);
        assertThat(view.headline()).isEqualTo("Council approves budget");
        assertThat(view.canonical()).isEqualTo("https://news.example.com/politics/2021/12/15/council-approves-budget");
        assertThat(view.section()).isEqualTo(new Link("Politics", "https://news.example.com/politics/"));
        assertThat(view.bylines()).containsExactly(new Link("Ada Reporter", "https://news.example.com/authors/ada-reporter/"));
        assertThat(view.preview()).isFalse();

        ArticleView preview = ArticlePages.preview(article, site);
        assertThat(preview.headline()).isEqualTo("Half-done rewrite");
        assertThat(preview.preview()).isTrue();
        assertThat(preview.jsonLd()).isNull();
    }

    @Test
    void aTypoFixShowsNoUpdateAndAMeaningfulUpdateShowsItsTime() {
        Article article = published("Council approves budget");
        Revision typo = article.revise(content("Council approves the budget", List.of(ada)), editor, PUBLISHED.plusSeconds(600), null);
        article.publish(typo, editor, PUBLISHED.plusSeconds(600), false, null);
        assertThat(ArticlePages.live(article, site).updated()).isNull();
        assertThat(ArticlePages.live(article, site).modified()).isEqualTo(ArticlePages.live(article, site).published());

        Instant updated = Instant.parse("2021-12-15T19:38:00Z");
        Revision update = article.revise(content("Council approves budget; mayor to sign", List.of(ada)), editor, updated, null);
        article.publish(update, editor, updated, true, "Adds the mayor's response.");
        ArticleView view = ArticlePages.live(article, site);
        assertThat(view.published()).isEqualTo(new Stamp("December 15, 2021 12:49pm", "2021-12-15T12:49:00-05:00"));
        assertThat(view.updated()).isEqualTo(new Stamp("December 15, 2021 2:38pm", "2021-12-15T14:38:00-05:00"));
        assertThat(view.notes()).containsExactly(new UpdateNoteView(view.updated(), "Adds the mayor's response."));
        assertThat(view.jsonLd()).contains("\"datePublished\":\"2021-12-15T12:49:00-05:00\"",
                "\"dateModified\":\"2021-12-15T14:38:00-05:00\"");
    }

    @Test
    void thePageHasTheAnatomyInOrderAndEscapesEverythingButTheBody() {
        Article article = published("Council <approves> budget");
        article.revise(content("Council <approves> budget", List.of(ada, bob)), editor, PUBLISHED.plusSeconds(60), null);
        Revision second = article.revise(content("Council <approves> budget", List.of(ada, bob)), editor,
                PUBLISHED.plusSeconds(120), null);
        article.publish(second, editor, PUBLISHED.plusSeconds(120), false, null);

        String html = pages.renderLive(article, site);

        assertThat(html).containsSubsequence("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>",
                "<main id=\"main\"", "<a href=\"https://news.example.com/politics/\">Politics</a>",
                "<h1>Council &lt;approves&gt; budget</h1>", "<p class=\"dek\">A late-night vote.</p>",
                "By <a rel=\"author\" href=\"https://news.example.com/authors/ada-reporter/\">Ada Reporter</a> and <a",
                "Bob &lt;/script&gt; Stringer",
                "<time datetime=\"2021-12-15T12:49:00-05:00\">December 15, 2021 12:49pm</time>",
                "<p>First paragraph.</p>");
        assertThat(html).doesNotContain("Updated:");
        assertThat(html.split("<h1", -1)).hasSize(2);
        assertThat(html).contains("<link rel=\"canonical\" href=\"https://news.example.com/politics/2021/12/15/council-approves-budget\">",
                "<meta name=\"description\" content=\"A late-night vote.\">",
                "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"article:published_time\" content=\"2021-12-15T12:49:00-05:00\">",
                "<meta property=\"article:section\" content=\"Politics\">",
                "<meta name=\"twitter:card\" content=\"summary\">",
                "<script type=\"application/ld+json\">");
        String jsonLd = html.substring(html.indexOf("application/ld+json\">"), html.indexOf("</script>"));
        assertThat(jsonLd).as("no markup can end the script early").doesNotContain("</").contains("Bob \\u003c/script\\u003e Stringer");
    }

    @Test
    void aPreviewOfANeverPublishedStoryIsMarkedAndNotIndexed() {
        Article draft = Article.create(content("Tunnel plan", List.of(ada)), editor, PUBLISHED, null).getArticle();
        String html = pages.renderPreview(draft, site);
        assertThat(html).contains("Preview of the working draft", "<meta name=\"robots\" content=\"noindex\">",
                "Not yet published", "<h1>Tunnel plan</h1>").doesNotContain("rel=\"canonical\"", "ld+json");
    }

    private Article published(String headline) {
        Revision first = Article.create(content(headline, List.of(ada)), editor, PUBLISHED.minusSeconds(600), null);
        first.getArticle().publish(first, editor, PUBLISHED, false, null);
        return first.getArticle();
    }

    private ArticleContent content(String headline, List<Author> bylines) {
        return new ArticleContent(headline, "A late-night vote.", "<p>First paragraph.</p>", politics, bylines,
                "council-approves-budget");
    }
}
