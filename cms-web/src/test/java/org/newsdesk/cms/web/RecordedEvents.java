package org.newsdesk.cms.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsdesk.cms.publishing.ArticleEvent;
import org.newsdesk.cms.staff.SignInAttempt;

/**
 * Records article events with a plain observer (Newsdesk itself holds them back until commit), and
 * the sign-in form's attempts.
 */
@ApplicationScoped
public class RecordedEvents {

    private final List<ArticleEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes ArticleEvent event) {
        events.add(event);
    }

    private final List<SignInAttempt> signIns = new CopyOnWriteArrayList<>();

    void record(@Observes SignInAttempt attempt) {
        signIns.add(attempt);
    }

    /** The attempts made from one address, in order. */
    public List<SignInAttempt> signInsFrom(String address) {
        return signIns.stream().filter(a -> a.address().equals(address)).toList();
    }

    public List<ArticleEvent> about(long articleId) {
        return events.stream().filter(e -> e.articleId() == articleId).toList();
    }
}
