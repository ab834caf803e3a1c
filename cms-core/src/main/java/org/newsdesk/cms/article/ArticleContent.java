package org.newsdesk.cms.article;

import java.util.List;
import java.util.Objects;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;

/**
 * The editable fields of an article once checked: section and authors resolved, body sanitized,
 * slug settled, keywords tidied ({@link Keywords}). The draft and every revision carry one of these.
 */
public record ArticleContent(String headline, String dek, String body, Section section, List<Author> bylines,
                             String slug, List<String> keywords) {

    /** Content without keywords. */
    public ArticleContent(String headline, String dek, String body, Section section, List<Author> bylines, String slug) {
        this(headline, dek, body, section, bylines, slug, List.of());
    }

    public ArticleContent {
        Objects.requireNonNull(headline);
        Objects.requireNonNull(body);
        Objects.requireNonNull(section);
        Objects.requireNonNull(slug);
        bylines = List.copyOf(bylines);
        if (bylines.isEmpty()) {
            throw new IllegalArgumentException("An article has at least one byline");
        }
        dek = dek == null || dek.isEmpty() ? null : dek;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
