package org.newsdesk.cms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.publishing.ArticleEvent;
import org.newsdesk.cms.publishing.ArticleEvent.ArticlePublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUnpublished;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUpdated;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;

/**
 * Turns what happened into deliveries: the article events (fired once their change committed) and
 * a scheduled publication that failed (a {@link Change}, observed after its transaction succeeded).
 * The poller ({@code scheduling.WebhookPoller}) makes the attempts.
 */
@ApplicationScoped
public class WebhookRecorder {

    private static final Logger LOG = Logger.getLogger(WebhookRecorder.class.getName());

    @Inject
    Webhooks webhooks;



    void onArticle(@Observes ArticleEvent event) {
        WebhookEventType type;
        if (event instanceof ArticlePublished) {
            type = WebhookEventType.PUBLISHED;
        } else if (event instanceof ArticleUpdated) {
            type = WebhookEventType.UPDATED;
        } else if (event instanceof ArticleUnpublished) {
            type = WebhookEventType.UNPUBLISHED;
        } else {
            return;
        }
        record(type, event.articleId(), event);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (change.action() == Action.SCHEDULED_PUBLISH_FAILED && change.subject().id() != null) {
            record(WebhookEventType.SCHEDULED_FAILED, change.subject().id(), change);
        }
    }

    private void record(WebhookEventType type, long articleId, Object what) {
        java.time.Instant at = what instanceof ArticleEvent event ? event.at() : ((Change) what).at();
        try {
            webhooks.record(type, articleId, at);
        } catch (RuntimeException e) {
            // the change is committed and readers see it; a partner not told is worth a line in the log
            LOG.log(Level.WARNING, "No webhook delivery could be recorded for " + type.type() + " of article " + articleId, e);
        }
    }
}
