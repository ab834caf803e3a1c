package org.newsdesk.cms.front;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.newsdesk.cms.shared.AfterCommit;

/**
 * Announces front events only once the change has committed, as
 * {@link org.newsdesk.cms.publishing.ArticleEvents} does for stories: a page evicted for a
 * publish that then rolled back would be rendered again from the old arrangement, harmlessly, but
 * one rendered before the commit and kept would show readers the old front.
 */
@ApplicationScoped
public class FrontEvents {

    @Inject
    Event<FrontEvent> events;

    @Inject
    AfterCommit afterCommit;

    /** Fires {@code event} after the current transaction commits. */
    public void fireAfterCommit(FrontEvent event) {
        afterCommit.run("telling the observers of " + event, () -> events.fire(event));
    }
}
