package org.newsdesk.cms.web.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.publishing.PublishingService;
import org.newsdesk.cms.time.PublicationTime;

/**
 * One press of an editor button, in one transaction: the editor's changes are saved, then the
 * action is taken on the version just saved. If the action is refused, the save is rolled back
 * with it, and the editor's text is still in the form they see, so "Publish" never leaves a
 * half-done state behind.
 */
@ApplicationScoped
@Transactional
public class EditorDesk {

    @Inject
    ArticleService articles;

    @Inject
    PublishingService publishing;

    @Inject
    PublicationTime time;

    /** @return what happened, in the words of the flash message */
    public String act(String actor, long articleId, ArticleForm form, EditorAction action) {
        Article article = articles.get(articleId);
        long version = form.getVersion() == null ? -1 : form.getVersion();
        boolean saved = false;
        if (action == EditorAction.SAVE || form.changes(article)) {
            article = articles.save(actor, articleId, version, form.toDraft());
            version = article.getVersion();
            saved = true;
        }
        String savedFirst = saved ? "Changes saved as revision " + article.getLatestRevisionNumber() + ". " : "";
        return switch (action) {
            case SAVE -> article.getLiveRevision().isPresent()
                    ? "Changes saved as revision " + article.getLatestRevisionNumber()
                        + ". Readers see them once you publish the update."
                    : "Draft saved as revision " + article.getLatestRevisionNumber() + ".";
            case SUBMIT -> {
                publishing.submitForReview(actor, articleId, version);
                yield savedFirst + "Submitted for review.";
            }
            case PUBLISH -> {
                Optional<Instant> original = form.publishedInstant(time.zone());
                if (original.isPresent()) {
                    publishing.publishAsOf(actor, articleId, version, original.get());
                } else {
                    publishing.publish(actor, articleId, version, false, null);
                }
                yield savedFirst + "Published: readers now see this version.";
            }
            case PUBLISH_UPDATE -> {
                Article updated = publishing.publish(actor, articleId, version, form.isShowAsUpdated(),
                        form.getUpdateNote());
                boolean shownAsUpdated = updated.getDisplayedUpdatedAt().isPresent()
                        && updated.getDisplayedUpdatedAt().equals(Optional.of(updated.getModifiedAt()));
                yield savedFirst + (shownAsUpdated
                        ? "Update published: readers see it marked \u201cUpdated: "
                            + time.display(updated.getModifiedAt()) + "\u201d."
                        : "Update published without an \u201cUpdated\u201d time.");
            }
            case SCHEDULE -> {
                Instant at = form.scheduledInstant(time.zone());
                publishing.schedule(actor, articleId, version, at);
                yield savedFirst + "Scheduled to publish at " + time.display(at) + ".";
            }
            case RETURN_TO_DRAFT -> {
                publishing.returnToDraft(actor, articleId, version);
                yield savedFirst + "Sent back to draft.";
            }
            case UNPUBLISH -> {
                publishing.unpublish(actor, articleId, version);
                yield savedFirst + "Unpublished: its page now tells readers the story is gone.";
            }
        };
    }
}
