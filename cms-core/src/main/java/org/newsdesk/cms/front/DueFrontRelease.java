package org.newsdesk.cms.front;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Actor;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.EditorialException;
import org.newsdesk.cms.staff.StaffMember;

/**
 * Publishes scheduled front revisions whose time has come, one front per transaction, by the same
 * rule as {@link org.newsdesk.cms.publishing.DueStoryRelease}: every instance may try the same
 * front at the same moment; the row lock (not waiting) lets one through, which clears the schedule
 * in the same transaction, so the others find nothing left to do. Exactly once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DueFrontRelease {

    private static final Logger LOG = Logger.getLogger(DueFrontRelease.class.getName());

    @Inject
    FrontRepository fronts;

    @Inject
    FrontService service;

    @Inject
    FrontEvents events;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    public List<Long> dueFrontIds(int limit) {
        return fronts.dueFrontIds(clock.instant(), limit);
    }

    /** @return the revision that went live, or empty when there was nothing (left) to do */
    public Optional<FrontRevision> publish(long frontId) {
        Instant now = clock.instant();
        Optional<Front> due = fronts.findForUpdateNoWait(frontId)
                .filter(front -> front.getScheduledAt().filter(at -> !at.isAfter(now)).isPresent());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Front front = due.get();
        StaffMember scheduledBy = front.getScheduledBy().orElseThrow();
        int number = front.getScheduledRevisionNumber().orElseThrow();
        FrontRevision revision = fronts.revision(front, number).orElseThrow();
        try {
            EditorialPolicy.requireMayStillPublish(scheduledBy);
        } catch (EditorialException refused) {
            // not published in the name of someone who may no longer publish; the desk sees the
            // schedule gone and the arrangement still waiting to be published
            front.clearSchedule();
            LOG.info(() -> "Scheduled front " + frontId + " was not published: " + refused.getMessage());
            return Optional.empty();
        }
        front.goLive(revision, scheduledBy, now);
        fronts.flush();
        changes.announce(new Actor.Schedule(), Action.FRONT_PUBLISHED, Subject.front(front.getId(),
                service.nameOf(front)), "revision " + number + ", scheduled by " + scheduledBy.getDisplayName());
        events.fireAfterCommit(new FrontEvent.FrontPublished(front.getId(), FrontService.sectionId(front), now));
        return Optional.of(revision);
    }
}
