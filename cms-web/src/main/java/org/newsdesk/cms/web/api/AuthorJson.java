package org.newsdesk.cms.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.cms.author.Author;

@Schema(name = "Author")
public record AuthorJson(long id, @Schema(description = "For If-Match; staff API only") Long version, String name,
                         String slug, String bio, String url) {

    static AuthorJson of(Author author, Long version, String url) {
        return new AuthorJson(author.getId(), version, author.getName(), author.getSlug(), author.getBio(), url);
    }
}
