package org.newsdesk.cms.search;

import java.time.Instant;
import java.util.Objects;
import org.newsdesk.cms.article.StoryListing;

/**
 * An article as the index needs it, read from the database: its working draft, and its live
 * revision when readers can see it. Bodies are plain text here (the tags taken off).
 *
 * @param live          the story as readers see it, null unless the article is published
 * @param everPublished whether readers may have found it: a change to it may change what they find
 */
public record IndexedArticle(long id, long version, Instant modifiedAt, String headline, String dek, String body,
                             Live live, boolean everPublished) {

    public IndexedArticle {
        Objects.requireNonNull(modifiedAt);
        Objects.requireNonNull(headline);
        dek = dek == null ? "" : dek;
        body = body == null ? "" : body;
    }

    /** The live revision's text and what a result shows of it. */
    public record Live(StoryListing listing, String body) {
        public Live {
            Objects.requireNonNull(listing);
            body = body == null ? "" : body;
        }
    }
}
