package org.newsdesk.cms.article;

import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;

/**
 * Who may do what to an article. Writers create articles, edit their own drafts and submit them
 * for review; editors (and admins) edit anything. Publishing, scheduling and unpublishing are the
 * desk's decisions, whatever the article: {@link org.newsdesk.cms.staff.StaffPolicy#requireEditor}.
 * The services ask before every change, whatever the UI showed.
 */
public final class EditorialPolicy {

    private EditorialPolicy() {
    }

    public static void requireMayCreate(StaffMember member) {
        if (!member.can(Role.WRITER)) {
            throw new NotPermittedException("Your account cannot write articles.");
        }
    }

    public static boolean mayEdit(StaffMember member, Article article) {
        if (member.can(Role.EDITOR)) {
            return true;
        }
        return member.can(Role.WRITER) && article.wasCreatedBy(member) && article.getStatus() == ArticleStatus.DRAFT;
    }

    public static void requireMayEdit(StaffMember member, Article article) {
        if (!mayEdit(member, article)) {
            throw new NotPermittedException(article.wasCreatedBy(member)
                    ? "Writers can edit their own articles only while they are drafts; ask an editor."
                    : "Writers can edit only their own articles.");
        }
    }

    public static void requireMaySubmit(StaffMember member, Article article) {
        if (!member.can(Role.EDITOR) && !(member.can(Role.WRITER) && article.wasCreatedBy(member))) {
            throw new NotPermittedException("Writers can submit only their own articles for review.");
        }
    }

    /**
     * A scheduled story goes out as the editor who scheduled it, who must still be an active
     * editor when its time comes: a schedule set by someone since let go does not run on.
     */
    public static void requireMayStillPublish(StaffMember scheduler) {
        if (!scheduler.isActive()) {
            throw new NotPermittedException(scheduler.getDisplayName() + " scheduled it, and their account has been deactivated since.");
        }
        if (!scheduler.can(Role.EDITOR)) {
            throw new NotPermittedException(scheduler.getDisplayName() + " scheduled it, and may no longer publish.");
        }
    }
}
