package org.newsdesk.cms.publish.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.newsdesk.cms.article.ArticleRepository;

/**
 * Remembers the addresses stories are published at, in a transaction of its own: it runs after the
 * publish has committed, when that transaction can no longer take writes.
 */
@ApplicationScoped
public class ArticlePathRecorder {

    @Inject
    ArticleRepository articles;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long articleId, String path, Instant at) {
        articles.recordPath(articleId, path, at);
    }

    /**
     * The addresses of a whole import batch in one transaction: one each cost a transaction per
     * story (JFR: 8% of an import's time).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAll(java.util.Map<Long, String> pathsByArticle, Instant at) {
        pathsByArticle.forEach((articleId, path) -> articles.recordPath(articleId, path, at));
    }
}
