package org.newsdesk.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.publishing.ArticleEvent.ArticlePublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUnpublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUpdated;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * Moves articles through the workflow: review, schedule, publish, unpublish. Each method takes the
 * article version the editor acted on and refuses a stale one, checks the editor's role, and tells
 * the rest of the system what readers now see through an {@link ArticleEvent}.
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

    public Article submitForReview(String actor, long articleId, long expectedVersion) {
        StaffMember member = staff.getActive(actor);
        Article article = articles.get(articleId);
        EditorialPolicy.requireMaySubmit(member, article);
        articles.requireVersion(article, expectedVersion);
        article.submitForReview(member, clock.instant());
        articles.flushChecked(article);
        return article;
    }

    public Article returnToDraft(String actor, long articleId, long expectedVersion) {
        StaffMember editor = staff.getActive(actor);
        EditorialPolicy.requireEditor(editor, "send an article back to draft");
        Article article = articles.get(articleId);
        articles.requireVersion(article, expectedVersion);
        article.returnToDraft(editor, clock.instant());
        articles.flushChecked(article);
        return article;
    }

    public Article schedule(String actor, long articleId, long expectedVersion, Instant publishAt) {
        StaffMember editor = staff.getActive(actor);
        EditorialPolicy.requireEditor(editor, "schedule articles");
        Article article = articles.get(articleId);
        articles.requireVersion(article, expectedVersion);
        article.schedule(publishAt, editor, clock.instant());
        articles.flushChecked(article);
        return article;
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
        StaffMember editor = staff.getActive(actor);
        EditorialPolicy.requireEditor(editor, "publish articles");
        Article article = articles.get(articleId);
        articles.requireVersion(article, expectedVersion);
        Instant now = clock.instant();
        Article.Publication publication = article.publish(articles.latestRevision(article), editor, now, meaningfulUpdate,
                publicNote);
        articles.flushChecked(article);
        events.fireAfterCommit(eventFor(publication, article, now));
        return article;
    }

    /** What readers now see, as the event that tells the rest of the system. */
    static ArticleEvent eventFor(Article.Publication publication, Article article, Instant now) {
        return switch (publication) {
            case FIRST, REPUBLICATION -> new ArticlePublished(article.getId(), now);
            case UPDATE -> new ArticleUpdated(article.getId(), now, article.getDisplayedUpdatedAt().filter(now::equals).isPresent());
        };
    }

    /**
     * Publishes a story for the first time with the time it first went live elsewhere (a story
     * migrated from another system keeps its date and its dated URL).
     */
    public Article publishAsOf(String actor, long articleId, long expectedVersion, Instant publishedAt) {
        StaffMember editor = staff.getActive(actor);
        EditorialPolicy.requireEditor(editor, "publish articles");
        Article article = articles.get(articleId);
        articles.requireVersion(article, expectedVersion);
        Instant now = clock.instant();
        article.publishAsOf(articles.latestRevision(article), editor, now, publishedAt);
        articles.flushChecked(article);
        events.fireAfterCommit(new ArticlePublished(article.getId(), now));
        return article;
    }

    public Article unpublish(String actor, long articleId, long expectedVersion) {
        StaffMember editor = staff.getActive(actor);
        EditorialPolicy.requireEditor(editor, "unpublish articles");
        Article article = articles.get(articleId);
        articles.requireVersion(article, expectedVersion);
        Instant now = clock.instant();
        article.unpublish(editor, now);
        articles.flushChecked(article);
        events.fireAfterCommit(new ArticleUnpublished(article.getId(), now));
        return article;
    }
}
