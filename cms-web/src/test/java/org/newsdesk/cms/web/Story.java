package org.newsdesk.cms.web;

import java.util.List;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;

/**
 * A story as a test writes it: start from {@link TestNewsroom#story} or from an article as it
 * stands, change only what the test is about. The one place the tests build the core's
 * {@link ArticleDraft}, so a change to it is made here.
 */
public record Story(String headline, String dek, String body, Section section, List<Author> bylines, String slug,
                    String note, List<String> keywords) {

    /** A story whose saves leave its keywords as they are. */
    public Story(String headline, String dek, String body, Section section, List<Author> bylines, String slug, String note) {
        this(headline, dek, body, section, bylines, slug, note, null);
    }

    /** The article's working draft as it stands, slug included, to change and save again. */
    public static Story of(Article article) {
        return new Story(article.getHeadline(), article.getDek(), article.getBody(), article.getSection(),
                article.getBylines(), article.getSlug(), null);
    }

    public Story headline(String newHeadline) {
        return new Story(newHeadline, dek, body, section, bylines, slug, note, keywords);
    }

    public Story dek(String newDek) {
        return new Story(headline, newDek, body, section, bylines, slug, note, keywords);
    }

    public Story body(String newBody) {
        return new Story(headline, dek, newBody, section, bylines, slug, note, keywords);
    }

    public Story in(Section newSection) {
        return new Story(headline, dek, body, newSection, bylines, slug, note, keywords);
    }

    public Story by(Author... newBylines) {
        return new Story(headline, dek, body, section, List.of(newBylines), slug, note, keywords);
    }

    public Story slug(String newSlug) {
        return new Story(headline, dek, body, section, bylines, newSlug, note, keywords);
    }

    /** The word about this revision that the history shows. */
    public Story note(String newNote) {
        return new Story(headline, dek, body, section, bylines, slug, newNote, keywords);
    }

    /** The keywords this story's next save sets (an empty list removes them). */
    public Story keywords(String... newKeywords) {
        return new Story(headline, dek, body, section, bylines, slug, note, List.of(newKeywords));
    }

    public ArticleDraft draft() {
        return new ArticleDraft(headline, dek, body, section == null ? null : section.getId(),
                bylines.stream().map(Author::getId).toList(), slug, note, keywords);
    }
}
