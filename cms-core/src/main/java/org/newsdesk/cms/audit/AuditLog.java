package org.newsdesk.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Kind;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.staff.SignInAttempt;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffRepository;
import org.newsdesk.cms.staff.StaffService;

/**
 * The audit log: lines appended as the newsroom changes things and signs in, read a page at a
 * time by admins. There is no way here (or anywhere in Newsdesk) to change or remove a line.
 *
 * <p>Each line is written in a transaction of its own, after the change it records has committed
 * (see {@link AuditRecorder}): a change that rolled back leaves no line, and a line that cannot be
 * written never undoes an editor's save.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @Inject
    AuditRepository lines;

    @Inject
    StaffService staff;

    @Inject
    StaffRepository accounts;

    /** Writes the line for a change that has committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Change change, String address) {
        lines.append(AuditEntry.of(change, address));
    }

    /**
     * Writes the lines for the changes one transaction made, once it has committed, in one
     * transaction: a WordPress import's batch makes hundreds, and a commit each would cost more
     * than the batch itself.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(java.util.List<Change> changes, String address) {
        for (Change change : changes) {
            lines.append(AuditEntry.of(change, address));
        }
    }

    /**
     * Writes the line for an attempt to sign in: who signed in, or, for an attempt that did not
     * succeed, the username typed (linked to its account when there is one) and nobody as actor.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SignInAttempt attempt) {
        Optional<StaffMember> account = accounts.findByUsername(attempt.username());
        Subject subject = Subject.account(account.map(StaffMember::getId).orElse(null), attempt.username());
        Action action = switch (attempt.outcome()) {
            case SIGNED_IN -> Action.SIGNED_IN;
            case REFUSED -> Action.SIGN_IN_REFUSED;
            case THROTTLED -> Action.SIGN_IN_THROTTLED;
            case SECOND_FACTOR_REFUSED -> Action.SECOND_FACTOR_REFUSED;
        };
        Optional<Change.Actor.Staff> who = action == Action.SIGNED_IN ? account.map(StaffMember::asActor) : Optional.empty();
        lines.append(AuditEntry.signIn(attempt.at(), who, action, subject, attempt.address()));
    }

    /**
     * One page of the lines matching the filter, newest first, for an admin; {@code page} counts
     * from 1. Asks for one line more than fits, so the page knows whether another follows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage list(String actor, AuditFilter filter, int page, int pageSize) {
        StaffPolicy.requireAdministrator(staff.getActive(actor), "read the audit log");
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Pages count from 1 and hold at least one line");
        }
        long offset = (long) (page - 1) * pageSize;
        if (offset > Integer.MAX_VALUE - pageSize - 1) {
            return new AuditPage(List.of(), page, false);
        }
        List<AuditEntry> found = lines.find(filter, (int) offset, pageSize + 1);
        boolean hasNext = found.size() > pageSize;
        List<AuditEntry> shown = hasNext ? found.subList(0, pageSize) : found;
        Map<Kind, Set<Long>> stillThere = stillThere(shown);
        List<AuditPage.Line> onPage = new ArrayList<>();
        for (AuditEntry entry : shown) {
            onPage.add(new AuditPage.Line(entry, entry.getSubjectId()
                    .filter(id -> stillThere.get(entry.getSubjectKind()).contains(id)).isPresent()));
        }
        return new AuditPage(onPage, page, hasNext);
    }

    /** Of the subjects on the page, those that still exist, by kind: one query per kind. */
    private Map<Kind, Set<Long>> stillThere(List<AuditEntry> shown) {
        Map<Kind, List<Long>> ids = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            ids.put(kind, new ArrayList<>());
        }
        shown.forEach(entry -> entry.getSubjectId().ifPresent(id -> ids.get(entry.getSubjectKind()).add(id)));
        Map<Kind, Set<Long>> existing = new EnumMap<>(Kind.class);
        ids.forEach((kind, some) -> existing.put(kind, some.isEmpty() ? Set.of() : lines.existing(kind, some)));
        return existing;
    }
}
