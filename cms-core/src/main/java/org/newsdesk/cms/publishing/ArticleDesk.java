package org.newsdesk.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.publishing.DeskOutcome.Done;
import org.newsdesk.cms.publishing.EditorMove.Publish;
import org.newsdesk.cms.publishing.EditorMove.PublishAsOf;
import org.newsdesk.cms.publishing.EditorMove.PublishUpdate;
import org.newsdesk.cms.publishing.EditorMove.ReturnToDraft;
import org.newsdesk.cms.publishing.EditorMove.Save;
import org.newsdesk.cms.publishing.EditorMove.Schedule;
import org.newsdesk.cms.publishing.EditorMove.Submit;
import org.newsdesk.cms.publishing.EditorMove.Unpublish;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * One press of an article editor's button, all or nothing: what the editor typed is saved, then
 * the move is made on the version just saved, in one transaction. If the move is refused, the save
 * rolls back with it and the editor still has their text, so "Publish" never leaves a half-done
 * state behind.
 *
 * <p>Here, in {@code publishing}, because a press ends in a workflow move, and {@code article}
 * must not know the workflow that uses it. The editor and the article are each read once per press
 * and handed to the same save and moves the single-action services use.
 */
@ApplicationScoped
@Transactional
public class ArticleDesk {

    @Inject
    ArticleService articles;

    @Inject
    PublishingService publishing;

    @Inject
    StaffService staff;

    /**
     * @param expectedVersion the version the editor's form was loaded with
     * @param typed           the editor's form; saved first when it changes the draft, and always
     *                        for {@link Save}
     */
    public DeskOutcome press(String actor, long articleId, long expectedVersion, ArticleDraft typed, EditorMove move) {
        StaffMember member = staff.getActive(actor);
        Article article = articles.getForChange(articleId);
        Optional<Revision> saved = move instanceof Save || typed.wouldChange(article)
                ? Optional.of(articles.revise(member, article, expectedVersion, typed))
                : Optional.empty();
        saved.ifPresent(revision -> articles.announce(member, Action.DRAFT_SAVED, revision));
        long version = saved.isPresent() ? article.getVersion() : expectedVersion;
        Done done = move(member, article, version, saved, move);
        return new DeskOutcome(saved.map(Revision::getNumber), done, article.getStatus(), article.getVersion(),
                article.getLiveRevision().isPresent());
    }

    private Done move(StaffMember member, Article article, long version, Optional<Revision> saved, EditorMove move) {
        if (move instanceof Save) {
            return new DeskOutcome.Saved();
        } else if (move instanceof Submit) {
            publishing.submitForReview(member, article, version);
            return new DeskOutcome.Submitted();
        } else if (move instanceof Publish) {
            publishing.publish(member, article, version, draft(article, saved), false, null);
            return new DeskOutcome.Published();
        } else if (move instanceof PublishAsOf asOf) {
            publishing.publishAsOf(member, article, version, draft(article, saved), asOf.publishedAt());
            return new DeskOutcome.Published();
        } else if (move instanceof PublishUpdate update) {
            publishing.publish(member, article, version, draft(article, saved), update.showAsUpdated(), update.note());
            return new DeskOutcome.UpdatePublished(article.shownUpdateFrom(article.getModifiedAt()));
        } else if (move instanceof Schedule schedule) {
            publishing.schedule(member, article, version, schedule.publishAt());
            return new DeskOutcome.Scheduled(schedule.publishAt());
        } else if (move instanceof ReturnToDraft) {
            publishing.returnToDraft(member, article, version);
            return new DeskOutcome.SentBackToDraft();
        } else if (move instanceof Unpublish) {
            publishing.unpublish(member, article, version);
            return new DeskOutcome.Unpublished();
        }
        throw new IllegalArgumentException("Unknown move " + move);
    }

    /** The revision that goes live: the one just saved, or else the latest there is. */
    private Revision draft(Article article, Optional<Revision> saved) {
        return saved.orElseGet(() -> articles.latestRevision(article));
    }
}
