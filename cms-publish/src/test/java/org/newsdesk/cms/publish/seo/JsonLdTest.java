package org.newsdesk.cms.publish.seo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structured data that says what the page shows and cannot break out of its script element. */
class JsonLdTest {

    @Test
    void aNewsArticleWithItsPeopleAndDates() {
        String json = JsonLd.newsArticle("Council \"approves\" budget", "A vote.", "https://n.example/p/2021/12/15/x",
                "2021-12-15T12:49:00-05:00", "2021-12-15T14:38:00-05:00",
                List.of(new JsonLd.Person("Ada", "https://n.example/authors/ada/")), "Politics", "Newsdesk", "https://n.example/");
        JsonObject data = Json.createReader(new StringReader(json)).readObject();
        assertThat(data.getString("@type")).isEqualTo("NewsArticle");
        assertThat(data.getString("headline")).isEqualTo("Council \"approves\" budget");
        assertThat(data.getString("datePublished")).isEqualTo("2021-12-15T12:49:00-05:00");
        assertThat(data.getString("dateModified")).isEqualTo("2021-12-15T14:38:00-05:00");
        assertThat(data.getJsonArray("author").getJsonObject(0).getString("url")).isEqualTo("https://n.example/authors/ada/");
        assertThat(data.getJsonObject("mainEntityOfPage").getString("@id")).isEqualTo("https://n.example/p/2021/12/15/x");
        assertThat(data.getJsonObject("publisher").getString("name")).isEqualTo("Newsdesk");
    }

    @Test
    void keywordsAreGivenCommaSeparatedAndLeftOutWhenThereAreNone() {
        String with = JsonLd.newsArticle("Budget passes", null, "https://n.example/x", "2021-12-15T12:49:00-05:00",
                "2021-12-15T12:49:00-05:00", List.of(), "Politics", "Newsdesk", "https://n.example/", List.of(),
                List.of("budget", "City & Council"));
        assertThat(Json.createReader(new StringReader(with)).readObject().getString("keywords")).isEqualTo("budget, City & Council");
        String without = JsonLd.newsArticle("Budget passes", null, "https://n.example/x", "2021-12-15T12:49:00-05:00",
                "2021-12-15T12:49:00-05:00", List.of(), "Politics", "Newsdesk", "https://n.example/", List.of(), List.of());
        assertThat(Json.createReader(new StringReader(without)).readObject().containsKey("keywords")).isFalse();
    }

    @Test
    void markupInTheDataCannotEndTheScript() {
        String json = JsonLd.newsArticle("</script><script>alert(1)</script> & <!--", null, "https://n.example/x",
                "2021-12-15T12:49:00-05:00", "2021-12-15T12:49:00-05:00", List.of(), "Politics", "Newsdesk", "https://n.example/");
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(Json.createReader(new StringReader(json)).readObject().getString("headline"))
                .isEqualTo("</script><script>alert(1)</script> & <!--");
    }
}
