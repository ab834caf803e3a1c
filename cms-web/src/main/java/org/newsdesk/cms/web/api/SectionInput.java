package org.newsdesk.cms.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionInput")
public record SectionInput(@Schema(required = true, example = "Metro") String name,
                           @Schema(description = "Blank: made from the name", example = "metro") String slug,
                           @Schema(description = "On create: the parent's path, or none for a top-level section") String parent) {
}
