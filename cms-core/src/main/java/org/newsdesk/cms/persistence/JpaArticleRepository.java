package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticlePath;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.ArticleSummary;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.staff.StaffMember;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> findForUpdateNoWait(long id) {
        // a lock timeout of 0 is "NOWAIT" (FOR UPDATE NOWAIT on PostgreSQL)
        return Optional.ofNullable(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", 0)));
    }

    @Override
    public Optional<Article> findForUpdate(long id) {
        // a save takes milliseconds: a lock held longer than this is not another editor's press
        return Optional.ofNullable(em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", 10_000)));
    }

    @Override
    public void add(Article article) {
        em.persist(article);
    }

    @Override
    public void add(Revision revision) {
        em.persist(revision);
    }

    @Override
    public Optional<Revision> revision(Article article, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.article = :article AND r.number = :number", Revision.class)
                .setParameter("article", article)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Revision> revisions(Article article) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.article = :article ORDER BY r.number DESC", Revision.class)
                .setParameter("article", article)
                .getResultList();
    }

    @Override
    public boolean slugTaken(Section section, String slug, Long exceptArticleId) {
        // two lookups rather than one LEFT JOIN ... OR: neither database uses an index through
        // the OR, and scanning every story per slug made an archive import quadratic
        long except = exceptArticleId == null ? -1L : exceptArticleId;
        return !em.createQuery("""
                        SELECT a.id FROM Article a
                        WHERE a.section = :section AND a.slug = :slug AND a.id <> :except""", Long.class)
                .setParameter("except", except)
                .setParameter("section", section)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultList().isEmpty()
                || !em.createQuery("""
                        SELECT a.id FROM Article a JOIN a.liveRevision live
                        WHERE live.section = :section AND live.slug = :slug AND a.id <> :except""", Long.class)
                .setParameter("except", except)
                .setParameter("section", section)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<Article> findByLiveSlug(String slug) {
        return em.createQuery("""
                        SELECT a FROM Article a JOIN FETCH a.liveRevision live
                        WHERE a.status IN :seen AND live.slug = :slug""", Article.class)
                .setParameter("seen", List.of(ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED))
                .setParameter("slug", slug)
                .getResultList();
    }

    @Override
    public List<Article> latestPublished(int limit) {
        return em.createQuery("""
                        SELECT a FROM Article a JOIN FETCH a.liveRevision
                        WHERE a.status = :published""" + newestFirst(null), Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    /** What lists show of a story, from the live revision: never the body. */
    private static final String LISTING = """
            SELECT NEW org.newsdesk.cms.article.StoryListing(a.id, live.headline, live.dek, live.slug, a.liveSectionId,
                   a.firstPublishedAt, a.displayedUpdatedAt, a.modifiedAt, live.keywords)
            FROM Article a JOIN a.liveRevision live
            """;

    @Override
    public List<StoryListing> listPublished(Collection<Long> sectionIds, int offset, int limit) {
        return inSections(em.createQuery(LISTING + "WHERE a.status = :published" + sectionCondition(sectionIds)
                        + newestFirst(sectionIds), StoryListing.class), sectionIds)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPublished(Collection<Long> sectionIds) {
        return inSections(em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.status = :published"
                        + sectionCondition(sectionIds), Long.class), sectionIds)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult();
    }

    @Override
    public List<StoryListing> listPublishedBy(Author author, int offset, int limit) {
        return em.createQuery(LISTING + "JOIN live.bylines byline WHERE a.status = :published AND byline = :author"
                        + " ORDER BY a.firstPublishedAt DESC, a.id DESC", StoryListing.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("author", author)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPublishedBy(Author author) {
        // from the author's bylines to the stories whose live revision they are on: joined from the
        // article side, H2 walked every published story (2.5 s for one author at 100,000 stories)
        return em.createQuery("""
                        SELECT COUNT(a) FROM Article a
                        WHERE a.status = :published AND a.liveRevision.id IN (
                            SELECT r.id FROM Revision r JOIN r.bylines byline WHERE byline = :author)""", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("author", author)
                .getSingleResult();
    }

    @Override
    public List<StoryListing> listPublishedSince(Instant since, int limit) {
        return em.createQuery(LISTING + "WHERE a.status = :published AND a.firstPublishedAt >= :since"
                        + newestFirst(null), StoryListing.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Instant> lastModified(Collection<Long> sectionIds) {
        // newest first and one row rather than MAX(): so the converter turns the column into an Instant
        if (sectionIds == null) {
            // one look per status, each the first entry of the index of status and modified time:
            // with both statuses in one query H2 read every published story's row and sorted them
            return Stream.of(ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED)
                    .flatMap(status -> em.createQuery("""
                                    SELECT a.modifiedAt FROM Article a WHERE a.status = :status
                                    ORDER BY a.status, a.modifiedAt DESC, a.id DESC""", Instant.class)
                            .setParameter("status", status)
                            .setMaxResults(1)
                            .getResultStream())
                    .max(Comparator.naturalOrder());
        }
        // one section: its entries of the index of live section and modified time, newest first
        String order = sectionIds.size() == 1 ? " ORDER BY a.liveSectionId, a.modifiedAt DESC" : " ORDER BY a.modifiedAt DESC";
        return inSections(em.createQuery("SELECT a.modifiedAt FROM Article a WHERE a.status IN :seen"
                        + sectionCondition(sectionIds) + order, Instant.class), sectionIds)
                .setParameter("seen", List.of(ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Instant> lastModifiedBy(Author author) {
        return em.createQuery("""
                        SELECT a.modifiedAt FROM Article a JOIN a.liveRevision live JOIN live.bylines byline
                        WHERE a.status IN :seen AND byline = :author ORDER BY a.modifiedAt DESC""", Instant.class)
                .setParameter("seen", List.of(ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED))
                .setParameter("author", author)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Long> sectionIdsEverUsed(long articleId) {
        return em.createQuery("SELECT DISTINCT r.section.id FROM Revision r WHERE r.article.id = :id", Long.class)
                .setParameter("id", articleId)
                .getResultList();
    }

    @Override
    public List<Long> authorIdsEverUsed(long articleId) {
        return em.createQuery("SELECT DISTINCT b.id FROM Revision r JOIN r.bylines b WHERE r.article.id = :id", Long.class)
                .setParameter("id", articleId)
                .getResultList();
    }

    @Override
    public void recordPath(long articleId, String path, Instant now) {
        // the holder's id alone: reading the path's article would load it and its people
        List<Long> holder = em.createQuery("SELECT p.article.id FROM ArticlePath p WHERE p.path = :path", Long.class)
                .setParameter("path", path)
                .getResultList();
        if (holder.isEmpty()) {
            em.persist(new ArticlePath(path, em.getReference(Article.class, articleId), now));
        } else if (holder.get(0) != articleId) {
            em.find(ArticlePath.class, path).reassignTo(em.getReference(Article.class, articleId), now);
        }
    }

    @Override
    public List<String> pathsOf(long articleId) {
        return em.createQuery("SELECT p.path FROM ArticlePath p WHERE p.article.id = :id", String.class)
                .setParameter("id", articleId)
                .getResultList();
    }

    @Override
    public List<Long> sectionIdsEverUsed(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : em.createQuery(
                        "SELECT DISTINCT r.section.id FROM Revision r WHERE r.article.id IN :ids", Long.class)
                .setParameter("ids", articleIds)
                .getResultList();
    }

    @Override
    public List<Long> authorIdsEverUsed(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : em.createQuery(
                        "SELECT DISTINCT b.id FROM Revision r JOIN r.bylines b WHERE r.article.id IN :ids", Long.class)
                .setParameter("ids", articleIds)
                .getResultList();
    }

    @Override
    public List<String> pathsOf(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : em.createQuery(
                        "SELECT p.path FROM ArticlePath p WHERE p.article.id IN :ids", String.class)
                .setParameter("ids", articleIds)
                .getResultList();
    }

    @Override
    public Optional<Article> findByPath(String path) {
        return Optional.ofNullable(em.find(ArticlePath.class, path)).map(ArticlePath::getArticle);
    }

    private static String sectionCondition(Collection<Long> sectionIds) {
        // the live section as the story's row keeps it (V20): an index of the article table alone
        // serves the filter and the order, where the revision's column needed every story joined
        return sectionIds == null ? "" : " AND a.liveSectionId IN :sections";
    }

    /**
     * Published stories newest first, in an order an index gives as it is (V20): H2 walks an index
     * in order, stopping after the page, only when the ORDER BY starts with the index's own leading
     * columns, even those the WHERE fixes to one value; otherwise it reads every match and sorts
     * them (a quarter of a second for a section's 6,000 stories). The columns the WHERE fixes
     * change nothing of the order. Several sections (one with sub-sections) are still sorted: no
     * single index walk gives their stories in order.
     */
    private static String newestFirst(Collection<Long> sectionIds) {
        if (sectionIds == null) {
            return " ORDER BY a.status, a.firstPublishedAt DESC, a.id DESC";
        }
        return sectionIds.size() == 1
                ? " ORDER BY a.status, a.liveSectionId, a.firstPublishedAt DESC, a.id DESC"
                : " ORDER BY a.firstPublishedAt DESC, a.id DESC";
    }

    private static <T> TypedQuery<T> inSections(TypedQuery<T> query, Collection<Long> sectionIds) {
        return sectionIds == null ? query : query.setParameter("sections", sectionIds);
    }

    /**
     * Three small queries whatever the page size. The first finds the page: the ids alone, read
     * from the index of the order, so skipping to a deep page walks an index and nothing else
     * (fetching full rows for every skipped article made page 1,000 take a second on PostgreSQL).
     * The second reads what the list shows of those articles (a constructor projection: no body
     * is read), the third the bylines of all of them. The orders and the usual filters have
     * indexes (V4 migration).
     */
    @Override
    public List<ArticleSummary> summaries(ArticleFilter filter, int offset, int limit) {
        if (filter.headlineText() != null) {
            throw new IllegalArgumentException("Words are looked up in the search index (ArticleWords), not in the table");
        }
        return summaries(pageOfIds(filter, offset, limit));
    }

    @Override
    public List<ArticleSummary> summaries(List<Long> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleSummaryRow> rows = new HashMap<>();
        em.createQuery("""
                        SELECT NEW org.newsdesk.cms.persistence.ArticleSummaryRow(a.id, a.headline, a.status, s.name,
                               a.modifiedAt, m.displayName, a.firstPublishedAt, a.scheduledAt, live.number,
                               a.latestRevisionNumber)
                        FROM Article a JOIN a.section s JOIN a.modifiedBy m LEFT JOIN a.liveRevision live
                        WHERE a.id IN :page""", ArticleSummaryRow.class)
                .setParameter("page", page)
                .getResultList()
                .forEach(row -> rows.put(row.id(), row));
        Map<Long, List<String>> bylines = bylineNames(page);
        return page.stream()
                .map(rows::get)
                .filter(java.util.Objects::nonNull)
                .map(row -> row.withBylines(bylines.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private List<Long> pageOfIds(ArticleFilter filter, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a.id FROM Article a");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.pendingChanges()) {
            jpql.append(" JOIN a.liveRevision live");
            conditions.add("live.number < a.latestRevisionNumber");
        }
        if (filter.authorId() != null) {
            // an author is on an article's bylines at most once, so this join repeats no row
            jpql.append(" JOIN a.bylines byline");
            conditions.add("byline.id = :author");
            parameters.put("author", filter.authorId());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.sectionId() != null) {
            conditions.add("a.section = :section");
            parameters.put("section", em.getReference(Section.class, filter.sectionId()));
        }
        if (filter.changedBy() != null) {
            conditions.add("(a.createdBy = :staff OR a.modifiedBy = :staff)");
            parameters.put("staff", em.getReference(StaffMember.class, filter.changedBy()));
        }
        if (filter.order().needsPublishedTime()) {
            conditions.add("a.firstPublishedAt IS NOT NULL");
        }
        if (filter.order().needsScheduledTime()) {
            conditions.add("a.scheduledAt IS NOT NULL");
        }
        if (!conditions.isEmpty()) {
            jpql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        jpql.append(" ORDER BY ").append(switch (filter.order()) {
            case MODIFIED_NEWEST -> "a.modifiedAt DESC, a.id DESC";
            case MODIFIED_OLDEST -> "a.modifiedAt, a.id";
            case PUBLISHED_NEWEST -> "a.firstPublishedAt DESC, a.id DESC";
            case PUBLISHED_OLDEST -> "a.firstPublishedAt, a.id";
            case SCHEDULED_SOONEST -> "a.scheduledAt, a.id";
        });
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The authors' names of each article, in byline order, in one query. */
    private Map<Long, List<String>> bylineNames(List<Long> articleIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (articleIds.isEmpty()) {
            return names;
        }
        em.createQuery("""
                        SELECT a.id, author.name FROM Article a JOIN a.bylines author
                        WHERE a.id IN :ids ORDER BY a.id, INDEX(author)""", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList()
                .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return names;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
