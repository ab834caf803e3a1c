package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole arrangement, for {@code PUT /fronts/{key}}: places not listed are left empty (the stream fills them). */
@Schema(name = "FrontInput")
public record FrontInput(
        @Schema(description = "How many top stories follow the lead, 0 to 12; left out: as it is", example = "4") Integer topCount,
        @Schema(description = "The stories to place, each at its place") List<SlotInput> slots) {

    @Schema(name = "FrontSlotInput")
    public record SlotInput(
            @Schema(required = true, description = "0: the lead; then the top stories", example = "0") Integer position,
            @Schema(required = true, description = "A live story", example = "1050") Long articleId,
            @Schema(description = "A headline for this front only; blank or left out: the story's own", maxLength = 300) String headline,
            @Schema(description = "A dek for this front only; blank or left out: the story's own", maxLength = 500) String dek) {
    }
}
