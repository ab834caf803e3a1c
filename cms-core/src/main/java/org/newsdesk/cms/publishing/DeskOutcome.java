package org.newsdesk.cms.publishing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.article.ArticleStatus;

/**
 * What one press of an editor's button did, and the state it left the article in: enough for the
 * editor to be told, without reading the article again.
 *
 * @param savedAsRevision the revision the editor's changes were saved as; empty when nothing had
 *                        changed and only the move was made
 * @param done            the move made after the save
 * @param hasLiveRevision whether readers have (or had, before it was taken down) a version of it
 */
public record DeskOutcome(Optional<Integer> savedAsRevision, Done done, ArticleStatus status, long version,
                          boolean hasLiveRevision) {

    public DeskOutcome {
        Objects.requireNonNull(savedAsRevision);
        Objects.requireNonNull(done);
        Objects.requireNonNull(status);
    }

    /** The move, as it came out. */
    public sealed interface Done {
    }

    /** Saved and nothing else: see {@link #savedAsRevision()}. */
    public record Saved() implements Done {
    }

    public record Submitted() implements Done {
    }

    public record Published() implements Done {
    }

    /** @param shownUpdate the "Updated" time readers now see, when the update was marked as one */
    public record UpdatePublished(Optional<Instant> shownUpdate) implements Done {
    }

    public record Scheduled(Instant publishAt) implements Done {
    }

    public record SentBackToDraft() implements Done {
    }

    public record Unpublished() implements Done {
    }
}
