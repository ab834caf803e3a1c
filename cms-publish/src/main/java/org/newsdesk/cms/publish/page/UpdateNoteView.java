package org.newsdesk.cms.publish.page;

/** A dated note under a story: what an update changed, or a correction. */
public record UpdateNoteView(Stamp at, String text) {
}
