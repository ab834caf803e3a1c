package org.newsdesk.cms.publishing;

import java.time.Instant;
import java.util.Objects;

/**
 * What an editor asked for with one button of the article editor, after saving what they typed.
 * The values are read and checked by the caller (a time the editor typed, say), so a move that
 * reaches {@link ArticleDesk} is complete.
 */
public sealed interface EditorMove {

    /** Only save: a new revision, nothing else. */
    record Save() implements EditorMove {
    }

    record Submit() implements EditorMove {
    }

    /** Make the draft live, as it is. */
    record Publish() implements EditorMove {
    }

    /** Make a story live for the first time with the time it first went live elsewhere. */
    record PublishAsOf(Instant publishedAt) implements EditorMove {
        public PublishAsOf {
            Objects.requireNonNull(publishedAt);
        }
    }

    /**
     * Make the changes to a live story live.
     *
     * @param showAsUpdated whether readers are told it was updated
     * @param note          an optional note for readers; giving one makes it a meaningful update
     */
    record PublishUpdate(boolean showAsUpdated, String note) implements EditorMove {
    }

    record Schedule(Instant publishAt) implements EditorMove {
        public Schedule {
            Objects.requireNonNull(publishAt);
        }
    }

    record ReturnToDraft() implements EditorMove {
    }

    record Unpublish() implements EditorMove {
    }
}
