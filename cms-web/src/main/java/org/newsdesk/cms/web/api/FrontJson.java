package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A front's working arrangement as the content API shows it: what editors change; readers see it
 * once it is published ({@code /public/fronts/{key}} shows what they see).
 */
@Schema(name = "Front", description = "A front's working arrangement: the lead (place 0), then the top stories")
public record FrontJson(
        @Schema(description = "home, or section-{id} for a section's front", example = "section-1050") String key,
        @Schema(example = "the Metro front") String name,
        @Schema(description = "The version to send back as If-Match (also the ETag)", example = "3") long version,
        @Schema(description = "How many top stories follow the lead", example = "4") int topCount,
        @Schema(description = "The stories placed, by place; places not listed are filled from the stream") List<Slot> slots,
        @Schema(description = "The revision readers see, or null when it was never published") Integer liveRevision,
        @Schema(description = "The newest revision, published or scheduled") int latestRevision,
        @Schema(description = "When a scheduled revision goes live, or null") String scheduledAt,
        String modifiedAt,
        @Schema(description = "Display name of who changed it last") String modifiedBy,
        @Schema(description = "The front's public URL") String url) {

    @Schema(name = "FrontSlot", description = "A story placed on a front")
    public record Slot(
            @Schema(description = "0: the lead; then the top stories", example = "0") int position,
            @Schema(example = "1050") long articleId,
            @Schema(description = "The headline this front shows instead of the story's, or null") String headline,
            @Schema(description = "The dek this front shows instead of the story's, or null") String dek,
            @Schema(description = "Whether the story is live: readers see only live stories") boolean live) {
    }
}
