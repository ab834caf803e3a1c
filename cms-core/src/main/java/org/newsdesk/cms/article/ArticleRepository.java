package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;

public interface ArticleRepository {

    Optional<Article> find(long id);

    /**
     * The article, read afresh and locked against every other transaction's change until this one
     * ends (a row lock): of several instances publishing the same story, one goes first and the
     * others see what it did. Does not wait for a lock another transaction holds: fails at once
     * (a {@link jakarta.persistence.PersistenceException}) instead.
     */
    Optional<Article> findForUpdateNoWait(long id);

    /**
     * The article, its row locked until the transaction ends: of two people changing the same
     * story at the same moment, the second waits for the first to commit, then sees its version.
     */
    Optional<Article> findForUpdate(long id);

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
     * Published stories whose live revision is in one of {@code sectionIds} (all sections when
     * null), newest first by first publication.
     */
    List<StoryListing> listPublished(Collection<Long> sectionIds, int offset, int limit);

    long countPublished(Collection<Long> sectionIds);

    /** Published stories with {@code author} in the live bylines, newest first. */
    List<StoryListing> listPublishedBy(Author author, int offset, int limit);

    long countPublishedBy(Author author);

    /** Published stories first published at or after {@code since}, newest first (news sitemaps). */
    List<StoryListing> listPublishedSince(Instant since, int limit);

    /**
     * The latest change to any story readers know in these sections (all when null), published or
     * taken down: a story taken down changes the lists it leaves, so it counts.
     */
    Optional<Instant> lastModified(Collection<Long> sectionIds);

    /** As {@link #lastModified(Collection)}, for the stories with {@code author} in the live bylines. */
    Optional<Instant> lastModifiedBy(Author author);

    /** The sections an article has had in any revision: the fronts a change to it can touch. */
    List<Long> sectionIdsEverUsed(long articleId);

    /** The authors an article has had in any revision: the author pages a change to it can touch. */
    List<Long> authorIdsEverUsed(long articleId);

    /**
     * Remembers that the article is published at {@code path}; each path is kept once, for the
     * story that last had it. Takes the id alone: the article need not be read to record it.
     */
    void recordPath(long articleId, String path, Instant now);

    /** Every path the article has been published at. */
    List<String> pathsOf(long articleId);

    /**
     * The sections, authors and paths of a batch of articles at once (an import batch's): one
     * query each, not one per article.
     */
    List<Long> sectionIdsEverUsed(java.util.Collection<Long> articleIds);

    List<Long> authorIdsEverUsed(java.util.Collection<Long> articleIds);

    List<String> pathsOf(java.util.Collection<Long> articleIds);

    /** The article last published at {@code path}, which may since have moved. */
    Optional<Article> findByPath(String path);

    /**
     * Articles matching the filter, in its order, from {@code offset} on, at most {@code limit};
     * with their bylines, without their bodies. Not for a filter with words: {@link ArticleWords}
     * finds those.
     */
    List<ArticleSummary> summaries(ArticleFilter filter, int offset, int limit);

    /** The articles with these ids, in this order (those that no longer exist left out); as {@link #summaries(ArticleFilter, int, int)}. */
    List<ArticleSummary> summaries(List<Long> ids);

    /** Makes pending changes visible to the database within the transaction (version checks). */
    void flush();
}
