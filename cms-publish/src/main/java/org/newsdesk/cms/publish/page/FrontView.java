package org.newsdesk.cms.publish.page;

import java.util.List;

/**
 * The home page, a section front or an author page: a heading, stories newest first and, on the
 * home page, a block per top-level section.
 *
 * @param intro an author's bio; null elsewhere
 */
public record FrontView(String heading, String intro, List<Link> subsections, String listHeading, List<Teaser> teasers,
                        Pagination pages, List<Block> blocks) {

    /** A top-level section's newest stories on the home page. */
    public record Block(Link section, List<Teaser> teasers) {
    }
}
