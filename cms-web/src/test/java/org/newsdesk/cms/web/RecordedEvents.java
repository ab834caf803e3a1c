package org.newsdesk.cms.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsdesk.cms.publishing.ArticleEvent;

/** Observes article events the way production observers must: only once the change committed. */
@ApplicationScoped
public class RecordedEvents {

    private final List<ArticleEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleEvent event) {
        events.add(event);
    }

    public List<ArticleEvent> about(long articleId) {
        return events.stream().filter(e -> e.articleId() == articleId).toList();
    }
}
