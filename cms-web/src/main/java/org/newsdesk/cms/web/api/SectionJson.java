package org.newsdesk.cms.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.cms.section.Section;

@Schema(name = "Section")
public record SectionJson(long id, @Schema(description = "For If-Match; staff API only") Long version, String name,
                          String slug, @Schema(description = "The section's path, as articles name it") String path,
                          @Schema(description = "The parent's path, or null at the top") String parent, String url) {

    static SectionJson of(Section section, Long version, String url) {
        return new SectionJson(section.getId(), version, section.getName(), section.getSlug(), section.path(),
                section.getParent().map(Section::path).orElse(null), url);
    }
}
