package org.newsdesk.cms.search;

/**
 * Announced after this instance's index took in changes, so that pages built from it (the public
 * search pages) are made again.
 *
 * @param readersSee whether a change touched what readers can find (a live story), not just drafts
 */
public record SearchIndexChanged(boolean readersSee) {
}
