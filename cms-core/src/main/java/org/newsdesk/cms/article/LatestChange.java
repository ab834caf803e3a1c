package org.newsdesk.cms.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.newsdesk.cms.shared.StaleEditException;

/**
 * Who changed an article last, read in a transaction of its own. When a save loses a race at the
 * database (the {@code @Version} check), its own transaction can only roll back; the editor is
 * still owed the name and time of the change that won.
 */
@ApplicationScoped
public class LatestChange {

    @Inject
    ArticleRepository articles;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StaleEditException> refusalFor(long articleId) {
        return articles.find(articleId).map(ArticleService::staleness);
    }
}
