package org.newsdesk.cms.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Actor;
import org.newsdesk.cms.shared.Change.Subject;

/**
 * How a service announces a {@link Change} it made, stamped with the injected clock. Called once
 * the change is made and written (after the version check and the flush), so a refused request
 * announces nothing; a change that rolls back later is announced, and observers that care observe
 * after success.
 */
@ApplicationScoped
public class Changes {

    @Inject
    Event<Change> events;

    @Inject
    Clock clock;

    public void announce(Actor actor, Action action, Subject subject, String detail) {
        events.fire(new Change(actor, action, subject, detail, clock.instant()));
    }
}
