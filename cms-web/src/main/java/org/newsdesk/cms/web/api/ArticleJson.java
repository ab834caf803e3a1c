package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as the API shows it: its working draft ({@code /articles/{id}}) or what readers see
 * ({@code /articles/{id}/live}, {@code /public/articles/{id}}). Times are ISO-8601 in the
 * publication's zone, with the offset; absent times are null.
 */
@Schema(name = "Article", description = "An article: the working draft, or the live revision readers see")
public record ArticleJson(
        @Schema(example = "1050") long id,
        @Schema(description = "The version to send back as If-Match (also the ETag)", example = "3") Long version,
        @Schema(enumeration = {"DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"}) String status,
        @Schema(example = "Bridge reopens after repairs") String headline,
        @Schema(example = "Commuters get their crossing back two weeks early.") String dek,
        @Schema(description = "Keywords, in the JSON-LD and the news sitemap once live", example = "[\"bridges\", \"transit\"]")
        List<String> keywords,
        @Schema(description = "Sanitized HTML") String body,
        @Schema(description = "The section's path (its slug, below its parents')", example = "metro") String section,
        @Schema(description = "Author slugs, in byline order") List<String> bylines,
        @Schema(example = "bridge-reopens") String slug,
        @Schema(description = "The revision this is") Integer revision,
        @Schema(example = "2026-12-01T14:05:00-05:00") String firstPublishedAt,
        @Schema(description = "Shown to readers as \u201cUpdated\u201d") String displayedUpdatedAt,
        String modifiedAt,
        @Schema(description = "Display name of who changed it last") String modifiedBy,
        String scheduledAt,
        @Schema(description = "Published, with saved changes readers do not see yet") Boolean hasPendingChanges,
        @Schema(description = "The public URL, once published") String url) {
}
