package org.newsdesk.cms.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorInput")
public record AuthorInput(@Schema(required = true, example = "Ada Lovelace") String name,
                          @Schema(description = "Blank: made from the name") String slug, String bio) {
}
