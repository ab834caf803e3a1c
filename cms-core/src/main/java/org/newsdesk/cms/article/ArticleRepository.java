package org.newsdesk.cms.article;

import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.section.Section;

public interface ArticleRepository {

    Optional<Article> find(long id);

    void add(Article article);

    void add(Revision revision);

    Optional<Revision> revision(Article article, int number);

    /** All revisions of an article, newest first. */
    List<Revision> revisions(Article article);

    /**
     * Whether another article (not {@code exceptArticleId}) uses the slug in the section, in its
     * draft or in its live version: a live URL keeps its slug until the draft goes live.
     */
    boolean slugTaken(Section section, String slug, Long exceptArticleId);

    /**
     * Articles readers know by this slug: published ones, and taken-down ones whose URL now
     * answers "gone". Any section; the live revision comes loaded.
     */
    List<Article> findByLiveSlug(String slug);

    /** The newest published articles, by first publication; the live revision comes loaded. */
    List<Article> latestPublished(int limit);

    /**
     * Articles matching the filter, in its order, from {@code offset} on, at most {@code limit};
     * with their bylines, without their bodies.
     */
    List<ArticleSummary> summaries(ArticleFilter filter, int offset, int limit);

    /** Makes pending changes visible to the database within the transaction (version checks). */
    void flush();
}
