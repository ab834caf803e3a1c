package org.newsdesk.cms.webhook;

import java.util.Optional;
import org.newsdesk.cms.article.Article;

/** The URLs a payload names; provided by the module that makes URLs (the core knows none). */
public interface WebhookLinks {

    /** The story's public URL, once it has been published. */
    Optional<String> publicUrl(Article article);

    /** The story in the content API. */
    String apiUrl(long articleId);
}
