package org.newsdesk.cms.publish.page;

/**
 * A story in a list: headline linking to it, dek, its section and when it was first published.
 *
 * @param thumbnail its lead picture, small, or null (none, or a place that shows none)
 */
public record Teaser(String headline, String dek, String href, Link section, Stamp published, Thumbnail thumbnail) {

    public Teaser(String headline, String dek, String href, Link section, Stamp published) {
        this(headline, dek, href, section, published, null);
    }
}
