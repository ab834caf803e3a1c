package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; the next page's address is also in the {@code Link} header (rel="next"). */
@Schema(name = "ArticleList")
public record ListingJson(List<ArticleLine> items,
                          @Schema(description = "The next page, or null on the last") String next) {

    @Schema(name = "ArticleLine", description = "One line of an article list")
    public record ArticleLine(long id, String headline, String status, String sectionName,
                              @Schema(description = "The authors' names, in byline order") List<String> bylines,
                              String modifiedAt, String modifiedBy, String firstPublishedAt, String scheduledAt,
                              boolean hasPendingChanges, @Schema(description = "This article in the API") String href) {
    }
}
