package org.newsdesk.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.publishing.ArticleEvent.ArticlePublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUnpublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUpdated;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;

/**
 * Moves articles through the workflow: review, schedule, publish, unpublish. Each move takes the
 * article version the editor acted on and refuses a stale one, checks the editor's role, and tells
 * the rest of the system what readers now see through an {@link ArticleEvent}.
 *
 * <p>Each move comes twice: by the actor's username and the article's id, for a single action;
 * and on a staff member and an article already loaded, for {@link ArticleDesk}, which saves and
 * moves in one press. The first loads both and calls the second, so there is one path.
 */
@ApplicationScoped
@Transactional
public class PublishingService {

    @Inject
    ArticleService articles;

    @Inject
    StaffService staff;

    @Inject
    ArticleEvents events;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    @Inject
    PublicationTime time;

    public Article submitForReview(String actor, long articleId, long expectedVersion) {
        return loaded(actor, articleId, (member, article) -> submitForReview(member, article, expectedVersion));
    }

    public void submitForReview(StaffMember member, Article article, long expectedVersion) {
        EditorialPolicy.requireMaySubmit(member, article);
        articles.requireVersion(article, expectedVersion);
        article.submitForReview(member, clock.instant());
        articles.flushChecked(article);
        announce(member, Action.SUBMITTED, article, null);
    }

    public Article returnToDraft(String actor, long articleId, long expectedVersion) {
        return loaded(actor, articleId, (editor, article) -> returnToDraft(editor, article, expectedVersion));
    }

    public void returnToDraft(StaffMember editor, Article article, long expectedVersion) {
        StaffPolicy.requireEditor(editor, "send an article back to draft");
        articles.requireVersion(article, expectedVersion);
        article.returnToDraft(editor, clock.instant());
        articles.flushChecked(article);
        announce(editor, Action.RETURNED_TO_DRAFT, article, null);
    }

    public Article schedule(String actor, long articleId, long expectedVersion, Instant publishAt) {
        return loaded(actor, articleId, (editor, article) -> schedule(editor, article, expectedVersion, publishAt));
    }

    public void schedule(StaffMember editor, Article article, long expectedVersion, Instant publishAt) {
        StaffPolicy.requireEditor(editor, "schedule articles");
        articles.requireVersion(article, expectedVersion);
        article.schedule(publishAt, editor, clock.instant());
        articles.flushChecked(article);
        announce(editor, Action.SCHEDULED, article, "for " + time.display(publishAt));
    }

    /**
     * Makes the current draft live.
     *
     * @param meaningfulUpdate for a story published before: show readers an "Updated" time
     * @param publicNote       optional note for readers about the update or a correction; it makes
     *                         the publish a meaningful update
     */
    public Article publish(String actor, long articleId, long expectedVersion, boolean meaningfulUpdate,
                           String publicNote) {
        return loaded(actor, articleId, (editor, article) ->
                publish(editor, article, expectedVersion, articles.latestRevision(article), meaningfulUpdate, publicNote));
    }

    /**
     * Makes {@code draft}, the article's latest revision (just saved, or read by the caller), live.
     *
     * @return the event announcing what readers now see, fired once the transaction commits
     */
    public ArticleEvent publish(StaffMember editor, Article article, long expectedVersion, Revision draft,
                                boolean meaningfulUpdate, String publicNote) {
        StaffPolicy.requireEditor(editor, "publish articles");
        articles.requireVersion(article, expectedVersion);
        Instant now = clock.instant();
        Article.Publication publication = article.publish(draft, editor, now, meaningfulUpdate, publicNote);
        articles.flushChecked(article);
        ArticleEvent event = eventFor(publication, article, now);
        if (event instanceof ArticleUpdated update) {
            announce(editor, Action.UPDATE_PUBLISHED, article, "revision " + draft.getNumber()
                    + (update.meaningful() ? ", shown as updated" : ", not shown as updated"));
        } else {
            announce(editor, Action.PUBLISHED, article, "revision " + draft.getNumber()
                    + (publication == Article.Publication.FIRST ? ", first publication" : ", back on the site"));
        }
        return fired(event);
    }

    /** What readers now see, as the event that tells the rest of the system. */
    static ArticleEvent eventFor(Article.Publication publication, Article article, Instant now) {
        return switch (publication) {
            case FIRST, REPUBLICATION -> new ArticlePublished(article.getId(), now);
            case UPDATE -> new ArticleUpdated(article.getId(), now, article.shownUpdateFrom(now).isPresent());
        };
    }

    /**
     * Publishes a story for the first time with the time it first went live elsewhere (a story
     * migrated from another system keeps its date and its dated URL).
     */
    public Article publishAsOf(String actor, long articleId, long expectedVersion, Instant publishedAt) {
        return loaded(actor, articleId, (editor, article) ->
                publishAsOf(editor, article, expectedVersion, articles.latestRevision(article), publishedAt));
    }

    public ArticleEvent publishAsOf(StaffMember editor, Article article, long expectedVersion, Revision draft,
                                    Instant publishedAt) {
        StaffPolicy.requireEditor(editor, "publish articles");
        articles.requireVersion(article, expectedVersion);
        Instant now = clock.instant();
        article.publishAsOf(draft, editor, now, publishedAt);
        articles.flushChecked(article);
        announce(editor, Action.PUBLISHED, article, "revision " + draft.getNumber() + ", first published as of "
                + time.display(publishedAt));
        return fired(new ArticlePublished(article.getId(), now));
    }

    /**
     * Publishes a story moved in from another system's archive with its own times (see
     * {@link Article#publishFromArchive}), as {@link #publishAsOf} does, but without an event of
     * its own: an import publishes stories by the hundred, and tells the rest of the system once
     * per batch, after the batch commits.
     *
     * @return the event this publication would have fired
     */
    public ArticleEvent publishFromArchive(StaffMember editor, Article article, Revision draft, Instant publishedAt,
                                           Instant updatedAt) {
        StaffPolicy.requireEditor(editor, "publish articles");
        Instant now = clock.instant();
        Article.Publication publication = article.publishFromArchive(draft, editor, now, publishedAt, updatedAt);
        articles.flushChecked(article);
        announce(editor, publication == Article.Publication.UPDATE ? Action.UPDATE_PUBLISHED : Action.PUBLISHED, article,
                "revision " + draft.getNumber() + ", imported, first published " + time.display(article.getFirstPublishedAt().orElseThrow()));
        return eventFor(publication, article, now);
    }

    public Article unpublish(String actor, long articleId, long expectedVersion) {
        return loaded(actor, articleId, (editor, article) -> unpublish(editor, article, expectedVersion));
    }

    public void unpublish(StaffMember editor, Article article, long expectedVersion) {
        StaffPolicy.requireEditor(editor, "unpublish articles");
        articles.requireVersion(article, expectedVersion);
        Instant now = clock.instant();
        article.unpublish(editor, now);
        articles.flushChecked(article);
        announce(editor, Action.UNPUBLISHED, article, null);
        fired(new ArticleUnpublished(article.getId(), now));
    }

    /** Loads the actor and the article once, and makes the move on them. */
    private Article loaded(String actor, long articleId, BiConsumer<StaffMember, Article> move) {
        StaffMember member = staff.getActive(actor);
        Article article = articles.getForChange(articleId);
        move.accept(member, article);
        return article;
    }

    /** Tells the audit log, once the move is written and nothing can refuse it any more. */
    private void announce(StaffMember member, Action action, Article article, String detail) {
        changes.announce(member.asActor(), action, Subject.story(article.getId(), article.getHeadline()), detail);
    }

    private ArticleEvent fired(ArticleEvent event) {
        events.fireAfterCommit(event);
        return event;
    }
}
