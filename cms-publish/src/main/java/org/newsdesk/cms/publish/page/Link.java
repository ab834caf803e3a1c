package org.newsdesk.cms.publish.page;

/** Text that links somewhere: a section label, a byline, a navigation entry. */
public record Link(String text, String href) {
}
