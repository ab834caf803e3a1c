package org.newsdesk.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.newsdesk.cms.shared.AfterCommit;

/**
 * Announces article events only once the change they describe has committed, whatever phase an
 * observer asks for: a cache evicted or a feed rebuilt on a publish that then rolled back would
 * show readers something that never happened. A rolled-back change announces nothing.
 */
@ApplicationScoped
public class ArticleEvents {

    @Inject
    Event<ArticleEvent> events;

    @Inject
    AfterCommit afterCommit;

    /** Fires {@code event} after the current transaction commits. */
    public void fireAfterCommit(ArticleEvent event) {
        afterCommit.run("telling the observers of " + event, () -> events.fire(event));
    }
}
