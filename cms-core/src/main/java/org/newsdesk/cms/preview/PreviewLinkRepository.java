package org.newsdesk.cms.preview;

import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;

public interface PreviewLinkRepository {

    Optional<PreviewLink> find(long id);

    Optional<PreviewLink> findByTokenHash(String tokenHash);

    /** An article's links, newest first. */
    List<PreviewLink> of(Article article);

    void add(PreviewLink link);
}
