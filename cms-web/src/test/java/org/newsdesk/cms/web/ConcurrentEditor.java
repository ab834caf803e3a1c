package org.newsdesk.cms.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleService;

/** Another editor saving in a transaction of their own, committed while a test's transaction is open. */
@ApplicationScoped
public class ConcurrentEditor {

    @Inject
    ArticleService articles;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Article save(String actor, long articleId, long expectedVersion, ArticleDraft draft) {
        return articles.save(actor, articleId, expectedVersion, draft);
    }
}
