package org.newsdesk.cms.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.StoryListing;

/**
 * An article as the index needs it, read from the database: its working draft, and its live
 * revision when readers can see it. Bodies are plain text here (the tags taken off).
 *
 * @param live          the story as readers see it, null unless the article is published
 * @param everPublished whether readers may have found it: a change to it may change what they find
 * @param desk          what the newsroom's list filters and orders on besides the words
 */
public record IndexedArticle(long id, long version, Instant modifiedAt, String headline, String dek, String body,
                             Live live, boolean everPublished, Desk desk) {

    public IndexedArticle {
        Objects.requireNonNull(modifiedAt);
        Objects.requireNonNull(headline);
        Objects.requireNonNull(desk);
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

    /**
     * The article on the newsroom's desk, as the article list filters and orders it: with these in
     * the index, a list filtered by words reads only its page from the database.
     *
     * @param sectionId      the working draft's section
     * @param authorIds      the working draft's bylines
     * @param createdBy      who created the article
     * @param modifiedBy     who changed it last
     * @param pendingChanges published, with saved changes readers do not see yet
     */
    public record Desk(ArticleStatus status, long sectionId, List<Long> authorIds, long createdBy, long modifiedBy,
                       Instant firstPublishedAt, Instant scheduledAt, boolean pendingChanges) {
        public Desk {
            Objects.requireNonNull(status);
            authorIds = List.copyOf(authorIds);
        }
    }
}
