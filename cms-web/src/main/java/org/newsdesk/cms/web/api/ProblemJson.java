package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of {@link Problem}, for the OpenAPI document only. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record ProblemJson(
        @Schema(example = "https://newsdesk.example/problems/stale-version") String type,
        @Schema(example = "Changed since you read it") String title,
        @Schema(example = "412") int status,
        String detail,
        @Schema(description = "422: one entry per invalid field") List<FieldError> errors,
        @Schema(description = "412: who changed it last") String changedBy,
        @Schema(description = "412: when") String changedAt,
        @Schema(description = "412: the version it has now") Long currentVersion) {

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "headline") String field, @Schema(example = "Enter a headline.") String message) {
    }
}
