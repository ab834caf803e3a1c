package org.newsdesk.cms.web.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.cms.shared.InvalidInputException;

@Schema(name = "ScheduleInput")
public record ScheduleInput(
        @Schema(required = true, description = "ISO-8601 with offset", example = "2026-12-02T06:00:00-05:00") String publishAt) {

    /** The time asked for (a story's or a front's); a message at {@code publishAt} when it is not one. */
    static Instant timeOf(ScheduleInput input) {
        try {
            return OffsetDateTime.parse(input == null || input.publishAt() == null ? "" : input.publishAt().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishAt", "Give the time as ISO-8601 with its offset, such as 2026-12-02T06:00:00-05:00.");
        }
    }
}
