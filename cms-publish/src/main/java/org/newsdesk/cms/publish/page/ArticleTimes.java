package org.newsdesk.cms.publish.page;

import java.time.Instant;
import java.util.Optional;

/** The rule for the times under a headline. */
public final class ArticleTimes {

    private ArticleTimes() {
    }

    /**
     * The "Updated:" time readers are shown: the displayed update time, only when the story has
     * been published and the update is later than its first publication. The system's own
     * modification time is never an update readers see.
     */
    public static Optional<Instant> shownUpdate(Instant firstPublished, Instant displayedUpdated) {
        if (firstPublished == null || displayedUpdated == null || !displayedUpdated.isAfter(firstPublished)) {
            return Optional.empty();
        }
        return Optional.of(displayedUpdated);
    }
}
