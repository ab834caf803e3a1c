package org.newsdesk.cms.search;

import java.util.List;
import org.newsdesk.cms.article.StoryListing;

/**
 * A story found: as lists show it, with a fragment of its text where the words were found.
 *
 * @param fragment the fragment in pieces, the found words marked; plain text, to be escaped on output
 */
public record StoryHit(StoryListing story, List<Piece> fragment) {

    public StoryHit {
        fragment = List.copyOf(fragment);
    }

    /** A run of the fragment's text; {@code found} when it is a word the reader searched for. */
    public record Piece(String text, boolean found) {
    }
}
