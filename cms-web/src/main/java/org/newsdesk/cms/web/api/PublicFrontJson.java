package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A front as readers see it now: only live stories, the editors' headlines and deks, the stream filling the rest. */
@Schema(name = "PublicFront", description = "The home page or a section front, as readers see it")
public record PublicFrontJson(
        @Schema(example = "home") String key,
        @Schema(example = "Metro") String name,
        @Schema(description = "The front's public URL") String url,
        @Schema(description = "The lead story; null only when no story is live") Story lead,
        @Schema(description = "The top stories after the lead") List<Story> top,
        @Schema(description = "The latest stories not shown above, newest first") List<Story> stream) {

    @Schema(name = "FrontStory", description = "A story as a front shows it")
    public record Story(
            @Schema(example = "1050") long id,
            @Schema(description = "The front's own headline where it has one") String headline,
            @Schema(description = "The front's own dek where it has one") String dek,
            @Schema(description = "The section's path", example = "metro") String section,
            @Schema(description = "The story's public URL") String url,
            @Schema(example = "2026-12-01T14:05:00-05:00") String firstPublishedAt,
            @Schema(description = "Whether an editor put it there (false: it came from the stream)") boolean placed) {
    }
}
