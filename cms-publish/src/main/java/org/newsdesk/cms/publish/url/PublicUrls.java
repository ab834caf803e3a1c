package org.newsdesk.cms.publish.url;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The one place public URLs are made. An article lives at
 * {@code /{section path}/{yyyy}/{mm}/{dd}/{slug}}: its live section and slug, and the date of its
 * first publication in the publication's zone, so the URL never changes when the story is updated.
 */
@ApplicationScoped
public class PublicUrls {

    private PublicationTime time;

    protected PublicUrls() {
        // for CDI
    }

    @Inject
    public PublicUrls(PublicationTime time) {
        this.time = time;
    }

    /** The path of a published article, or empty when readers cannot see it. */
    public Optional<String> articlePath(Article article) {
        return article.getLiveRevision().flatMap(live -> article.getFirstPublishedAt().map(at -> articlePath(live, at)));
    }

    public String articlePath(Revision live, Instant firstPublishedAt) {
        ZonedDateTime date = time.local(firstPublishedAt);
        return "/" + live.getSection().path()
                + String.format("/%04d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                + live.getSlug();
    }
}
