package org.newsdesk.cms.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleInput")
public record ScheduleInput(
        @Schema(required = true, description = "ISO-8601 with offset", example = "2026-12-02T06:00:00-05:00") String publishAt) {
}
