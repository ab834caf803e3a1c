package org.newsdesk.cms.publish.page;

import java.util.List;

/**
 * The home page, a section front or an author page: a heading, on a front the lead and the top
 * stories editors chose, then stories newest first and, on the home page, a block per top-level
 * section.
 *
 * @param lead      the lead story of a front; null on other pages
 * @param leadImage the lead story's picture, shown as on its own page; null without one
 * @param top       a front's top stories after the lead
 * @param intro an author's bio; null elsewhere
 */
public record FrontView(String heading, String intro, List<Link> subsections, String listHeading, List<Teaser> teasers,
                        Pagination pages, List<Block> blocks, Teaser lead, LeadImageView leadImage, List<Teaser> top) {

    /** A list without a lead or top stories: an author's page, a front's later pages. */
    public FrontView(String heading, String intro, List<Link> subsections, String listHeading, List<Teaser> teasers,
                     Pagination pages, List<Block> blocks) {
        this(heading, intro, subsections, listHeading, teasers, pages, blocks, null, null, List.of());
    }

    /** A top-level section's newest stories on the home page. */
    public record Block(Link section, List<Teaser> teasers) {
    }
}
