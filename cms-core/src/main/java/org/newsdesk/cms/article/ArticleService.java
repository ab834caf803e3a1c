package org.newsdesk.cms.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorRepository;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.ChangeWriter;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.slug.SlugScope;
import org.newsdesk.cms.slug.Slugs;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * Writing and revising articles. Every save appends a revision; none changes what readers see
 * (that is {@link org.newsdesk.cms.publishing.PublishingService}'s job).
 */
@ApplicationScoped
@Transactional
public class ArticleService {

    @Inject
    ArticleRepository articles;

    @Inject
    SectionRepository sections;

    @Inject
    AuthorRepository authors;

    @Inject
    StaffService staff;

    @Inject
    LatestChange latestChange;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    @Inject
    ArticleWords words;

    public Article create(String actor, ArticleDraft draft) {
        StaffMember writer = staff.getActive(actor);
        EditorialPolicy.requireMayCreate(writer);
        Revision first = Article.create(resolve(draft, null, List.of()), writer, clock.instant(), draft.note());
        articles.add(first.getArticle());
        articles.add(first);
        announce(writer, Action.STORY_CREATED, first);
        return first.getArticle();
    }

    /**
     * Saves the draft as a new revision.
     *
     * @param expectedVersion the version the editor's form was loaded with
     * @throws StaleEditException when someone saved in between; nothing is changed
     */
    public Article save(String actor, long articleId, long expectedVersion, ArticleDraft draft) {
        StaffMember editor = staff.getActive(actor);
        Article article = getForChange(articleId);
        announce(editor, Action.DRAFT_SAVED, revise(editor, article, expectedVersion, draft));
        return article;
    }

    /**
     * Saves the draft as a new revision of an article the caller has loaded, as {@code editor}:
     * the one way a draft is saved, whether alone or as the first half of an editor's action.
     *
     * @return the revision just saved, which is the article's latest
     */
    public Revision revise(StaffMember editor, Article article, long expectedVersion, ArticleDraft draft) {
        EditorialPolicy.requireMayEdit(editor, article);
        requireVersion(article, expectedVersion);
        Revision revision = article.revise(resolve(draft, article.getId(), article.getKeywords()), editor, clock.instant(), draft.note());
        articles.add(revision);
        flushChecked(article);
        return revision;
    }

    /**
     * Announces a saved revision (a new story's first, or a draft saved by an editor): called by
     * the saves a person makes, never by {@link #revise} itself, so that a save made on someone's
     * behalf (an autosave) is not logged as their change.
     */
    public void announce(StaffMember editor, Action action, Revision saved) {
        Article article = saved.getArticle();
        changes.announce(editor.asActor(), action, Subject.story(article.getId(), article.getHeadline()),
                "revision " + saved.getNumber());
    }

    /**
     * Makes an old revision the working draft again, as a new revision: nothing is deleted, and
     * the history says which revision came back. Readers see it only after the next publish.
     */
    public Article restore(String actor, long articleId, long expectedVersion, int revisionNumber) {
        StaffMember editor = staff.getActive(actor);
        Article article = getForChange(articleId);
        EditorialPolicy.requireMayEdit(editor, article);
        requireVersion(article, expectedVersion);
        Revision old = articles.revision(article, revisionNumber)
                .orElseThrow(() -> new NotFoundException("Revision", revisionNumber));
        if (articles.slugTaken(old.getSection(), old.getSlug(), articleId)) {
            throw new InvalidInputException("slug", "Revision " + revisionNumber + " used the slug \u201c" + old.getSlug()
                    + "\u201d, which another story in " + old.getSection().getName() + " now uses; it cannot come back as it was.");
        }
        article.chooseLeadImage(old.getLeadImageId().orElse(null), clock.instant()); // its picture too (issue 13)
        Revision restored = article.revise(old.content(), editor, clock.instant(), "Restored revision " + revisionNumber + ".");
        articles.add(restored);
        flushChecked(article);
        changes.announce(editor.asActor(), Action.REVISION_RESTORED, Subject.story(article.getId(), article.getHeadline()),
                "revision " + revisionNumber + " back as revision " + restored.getNumber());
        return article;
    }

    /**
     * Refuses to act on an article that changed since the editor loaded it. Each action in the
     * editor sends the version it was loaded with, so nobody acts on a state they have not seen.
     * Callers check the actor's permission first, so a refusal never tells someone without access
     * who last worked on a story.
     */
    public void requireVersion(Article article, long expectedVersion) {
        if (article.getVersion() != expectedVersion) {
            throw staleness(article);
        }
    }

    /**
     * Writes the change now, so a concurrent change that slipped in after {@link #requireVersion}
     * surfaces here as a stale article (the {@code @Version} check) and not as a failed commit.
     */
    public void flushChecked(Article article) {
        // The version check failed, or the revision number was taken by the save that won. This
        // transaction is done for: who won is read in a transaction of its own.
        ChangeWriter.writeNow(articles::flush, () -> latestChange.refusalFor(article.getId())
                .filter(refusal -> refusal.currentVersion() != article.getVersion()));
    }

    /** The refusal for an editor who acted on an older version than {@code article}'s. */
    static StaleEditException staleness(Article article) {
        return new StaleEditException("the article \u201c" + article.getHeadline() + "\u201d",
                article.getModifiedBy().getDisplayName(), article.getModifiedAt(), article.getVersion());
    }

    /**
     * The article to change, its row locked until the transaction ends. Changes to one story are
     * made one at a time: an editor who pressed a moment after another waits for that change to
     * commit and is then refused as stale by the version check, naming who won, instead of
     * colliding with it at the database (a revision number taken twice).
     */
    public Article getForChange(long articleId) {
        return articles.findForUpdate(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Article get(long articleId) {
        return articles.find(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
    }

    /** The revision history, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> revisions(long articleId) {
        return articles.revisions(get(articleId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revision latestRevision(Article article) {
        return articles.revision(article, article.getLatestRevisionNumber()).orElseThrow();
    }

    /**
     * One page of articles matching the filter; {@code page} counts from 1. Asks for one article
     * more than fits, so the page knows whether another follows without counting every match. A
     * filter with words is answered by the search index, which applies the other filters and the
     * order too: the database then reads only the page's articles.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticlePage list(ArticleFilter filter, int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Pages count from 1 and hold at least one article");
        }
        long offset = (long) (page - 1) * pageSize;
        if (offset > Integer.MAX_VALUE - pageSize - 1) {
            // far beyond any archive: nothing there, and nothing after it
            return new ArticlePage(List.of(), page, false);
        }
        List<ArticleSummary> found = filter.headlineText() == null
                ? articles.summaries(filter, (int) offset, pageSize + 1)
                : articles.summaries(words.find(filter, (int) offset, pageSize + 1));
        boolean hasNext = found.size() > pageSize;
        return new ArticlePage(hasNext ? found.subList(0, pageSize) : found, page, hasNext);
    }

    /** Where a story's slug must be unique: among the other stories of its section. */
    private SlugScope storiesIn(Section section, Long articleId) {
        return new SlugScope() {
            @Override
            public Optional<String> holderOf(String slug) {
                return articles.slugTaken(section, slug, articleId)
                        ? Optional.of("Another story in " + section.getName())
                        : Optional.empty();
            }

            @Override
            public boolean numbersMadeSlugs() {
                return true;
            }
        };
    }

    /** Checks the fields and turns ids into the section and authors, reporting every problem at once. */
    private ArticleContent resolve(ArticleDraft draft, Long articleId, List<String> currentKeywords) {
        List<FieldProblem> problems = new ArrayList<>(draft.problems());
        Section section = null;
        if (draft.sectionId() != null) {
            section = sections.find(draft.sectionId()).orElse(null);
            if (section == null) {
                problems.add(new FieldProblem("section", "The chosen section no longer exists; choose another."));
            }
        }
        List<Author> bylines = new ArrayList<>();
        for (Long authorId : draft.bylineAuthorIds()) {
            authors.find(authorId).ifPresentOrElse(bylines::add, () -> problems.add(
                    new FieldProblem("bylines", "An author in the bylines no longer exists; remove them.")));
        }
        String slug = section == null ? null : Slugs.choose(draft.slug(), draft.headline(), storiesIn(section, articleId), problems)
                .orElse(null);
        String body = draft.storedBody(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ArticleContent(draft.headline(), draft.dek(), body, section, bylines, slug, draft.keywordsOr(currentKeywords));
    }
}
