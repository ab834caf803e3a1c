package org.newsdesk.cms.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsdesk.cms.publishing.ArticleEvent;

/** Records article events with a plain observer: Newsdesk itself holds them back until commit. */
@ApplicationScoped
public class RecordedEvents {

    private final List<ArticleEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes ArticleEvent event) {
        events.add(event);
    }

    public List<ArticleEvent> about(long articleId) {
        return events.stream().filter(e -> e.articleId() == articleId).toList();
    }
}
