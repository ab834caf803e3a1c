package org.newsdesk.cms.publish.page;

/** A story in a list: headline linking to it, dek, its section and when it was first published. */
public record Teaser(String headline, String dek, String href, Link section, Stamp published) {
}
