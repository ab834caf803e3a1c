package org.newsdesk.cms.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Actor;
import org.newsdesk.cms.shared.Change.Subject;

/** The changes a service announced, in order, for a unit test to read: what the audit log would get. */
public class RecordedChanges extends Changes {

    private final List<Change> announced = new ArrayList<>();

    @Override
    public void announce(Actor actor, Action action, Subject subject, String detail) {
        announced.add(new Change(actor, action, subject, detail, Instant.EPOCH));
    }

    public List<Change> all() {
        return announced;
    }

    public List<Action> actions() {
        return announced.stream().map(Change::action).toList();
    }
}
