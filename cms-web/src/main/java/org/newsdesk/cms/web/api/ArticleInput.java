package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or change an article. For {@code PATCH} a missing (null) field
 * keeps what the draft has.
 */
@Schema(name = "ArticleInput", description = "The editable fields of an article")
public record ArticleInput(
        @Schema(required = true, maxLength = 200, example = "Bridge reopens after repairs") String headline,
        @Schema(maxLength = 400) String dek,
        @Schema(description = "HTML; cleaned by the same sanitizer as the editor") String body,
        @Schema(required = true, description = "The section's path", example = "metro") String section,
        @Schema(required = true, description = "Author slugs, in byline order", example = "[\"ada-lovelace\"]") List<String> bylines,
        @Schema(description = "Blank: made from the headline") String slug,
        @Schema(description = "A word about this revision, shown in its history", maxLength = 500) String note,
        @Schema(description = "Keywords (at most 20, each at most 50 characters; trimmed, repeats dropped). Absent: the "
                + "article keeps its keywords; an empty list removes them", example = "[\"bridges\", \"transit\"]")
        List<String> keywords) {
}
