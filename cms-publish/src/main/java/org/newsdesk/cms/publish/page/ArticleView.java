package org.newsdesk.cms.publish.page;

import java.util.List;

/**
 * An article page, read-only and ready for the template: built from the live revision for readers,
 * or from the working draft for a preview. Nothing here is a draft unless {@code preview} is set.
 *
 * @param section   the section label, linking to its front
 * @param bylines   authors, each linking to their page
 * @param published null only in a preview of a story never published
 * @param updated   shown only when the story was meaningfully updated after first publication
 * @param body      sanitized when saved: the one piece of HTML the template prints as it is
 * @param jsonLd    schema.org NewsArticle, already safe inside {@code <script>}
 * @param leadImage the picture between dek and byline, or null
 */
public record ArticleView(Link section, String headline, String dek, List<Link> bylines, Stamp published,
                          Stamp updated, String body, List<UpdateNoteView> notes, boolean preview, String jsonLd,
                          String canonical, LeadImageView leadImage) {

    /** The time Open Graph and structured data give as modified: the visible one, always. */
    public Stamp modified() {
        return updated != null ? updated : published;
    }
}
