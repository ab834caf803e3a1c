package org.newsdesk.cms.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The options of {@code POST /articles/{id}/publish}; the body may be left out for a plain publish. */
@Schema(name = "PublishInput")
public record PublishInput(
        @Schema(description = "For a story published before: show readers an \u201cUpdated\u201d time") Boolean showAsUpdated,
        @Schema(description = "An optional note for readers; giving one shows the story as updated", maxLength = 1000) String note) {
}
