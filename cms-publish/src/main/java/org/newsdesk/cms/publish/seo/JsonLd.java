package org.newsdesk.cms.publish.seo;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * schema.org structured data for an article page, built with Jakarta JSON Processing (so quotes,
 * backslashes and control characters in a headline are escaped by the library, not by us) and
 * made safe to sit inside {@code <script type="application/ld+json">}.
 */
public final class JsonLd {

    /**
     * One factory for the class: {@code Json.createObjectBuilder()} looks the JSON provider up on the
     * class path on every call (a {@code ServiceLoader} over every jar of the application), which
     * was two fifths of an article page's render.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private JsonLd() {
    }

    /** A byline as schema.org wants it: a Person with their author page. */
    public record Person(String name, String url) {
    }

    /**
     * A {@code NewsArticle} whose dates are the ones the page shows.
     *
     * @param dek         the description; may be null
     * @param published   ISO time with offset, as in the page's {@code <time datetime>}
     * @param modified    the visible "Updated" time, or the published time when there is none
     */
    public static String newsArticle(String headline, String dek, String canonical, String published, String modified,
                                      List<Person> authors, String section, String publisherName, String publisherUrl) {
        return newsArticle(headline, dek, canonical, published, modified, authors, section, publisherName, publisherUrl, List.of());
    }

    /** @param images absolute URLs of the lead picture's crops (16:9, 4:3, 1:1), as Google asks; may be empty */
    public static String newsArticle(String headline, String dek, String canonical, String published, String modified,
                                      List<Person> authors, String section, String publisherName, String publisherUrl,
                                      List<String> images) {
        return newsArticle(headline, dek, canonical, published, modified, authors, section, publisherName, publisherUrl, images,
                List.of());
    }

    /** @param keywords the live revision's keywords, written comma-separated as schema.org's examples do; none leaves it out */
    public static String newsArticle(String headline, String dek, String canonical, String published, String modified,
                                      List<Person> authors, String section, String publisherName, String publisherUrl,
                                      List<String> images, List<String> keywords) {
        JsonArrayBuilder people = JSON.createArrayBuilder();
        for (Person person : authors) {
            people.add(JSON.createObjectBuilder().add("@type", "Person").add("name", person.name()).add("url", person.url()));
        }
        JsonObjectBuilder article = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", headline);
        if (dek != null) {
            article.add("description", dek);
        }
        if (!images.isEmpty()) {
            JsonArrayBuilder urls = JSON.createArrayBuilder();
            images.forEach(urls::add);
            article.add("image", urls);
        }
        if (!keywords.isEmpty()) {
            article.add("keywords", String.join(", ", keywords));
        }
        JsonObject data = article
                .add("datePublished", published)
                .add("dateModified", modified)
                .add("author", people)
                .add("articleSection", section)
                .add("publisher", JSON.createObjectBuilder().add("@type", "Organization")
                        .add("name", publisherName).add("url", publisherUrl))
                .add("mainEntityOfPage", JSON.createObjectBuilder().add("@type", "WebPage").add("@id", canonical))
                .build();
        return safeInScript(data.toString());
    }

    /**
     * Inside a script element the HTML parser ends the data at {@code </script} and treats
     * {@code <!--} specially, whatever JSON thinks of them. JSON lets any character be written as a
     * {@code \}{@code u} escape, so {@code <}, {@code >} and {@code &} never appear literally.
     */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
