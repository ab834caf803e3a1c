package org.newsdesk.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleContent;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.publishing.ArticleEvent.ArticleUpdated;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.shared.RecordedChanges;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * One press of an editor's button, on an article in memory: the editor and the article are read
 * once, what was typed is saved when it changes the draft, and the outcome says what happened.
 * (That a refused move rolls the save back is the transaction's work: the container tests show it.)
 */
class ArticleDeskTest {

    private static final Instant T0 = Instant.parse("2021-12-15T14:00:00Z");

    private final StaffMember editor = new StaffMember("edith", "Edith", "hash", Set.of(Role.EDITOR), T0);
    private final StaffMember writer = new StaffMember("wanda", "Wanda", "hash", Set.of(Role.WRITER), T0);
    private final Section politics = new Section("Politics", "politics", null, 0);
    private final Author ada = new Author("Ada Reporter", "ada-reporter", null);
    private final Revision first = Article.create(content("Senate passes the budget"), writer, T0, null);
    private final Article article = first.getArticle();

    private int staffLookups;
    private int articleReads;
    private final List<ArticleEvent> fired = new ArrayList<>();
    private final ArticleDesk desk = new ArticleDesk();
    private final RecordedChanges changes = new RecordedChanges();

    ArticleDeskTest() {
        withId(politics, 3L);
        withId(ada, 5L);
        withId(article, 7L);
        ArticleService articles = new ArticleService() {
            private Revision latest = first;

            @Override
            public Article getForChange(long articleId) {
                articleReads++;
                return article;
            }

            @Override
            public Article get(long articleId) {
                throw new AssertionError("a press reads the article it changes with its row locked");
            }

            @Override
            public Revision revise(StaffMember by, Article onDesk, long expectedVersion, ArticleDraft draft) {
                requireVersion(onDesk, expectedVersion);
                latest = onDesk.revise(content(draft.headline()), by, T0.plusSeconds(60), draft.note());
                return latest;
            }

            @Override
            public Revision latestRevision(Article onDesk) {
                return latest;
            }

            @Override
            public void flushChecked(Article onDesk) {
                // nothing to write in memory
            }

            @Override
            public void announce(StaffMember by, Action action, Revision saved) {
                changes.announce(by.asActor(), action, Subject.story(saved.getArticle().getId(),
                        saved.getArticle().getHeadline()), "revision " + saved.getNumber());
            }
        };
        StaffService staff = new StaffService() {
            @Override
            public StaffMember getActive(String username) {
                staffLookups++;
                return username.equals("edith") ? editor : writer;
            }
        };
        PublishingService publishing = new PublishingService();
        publishing.articles = articles;
        publishing.staff = staff;
        publishing.clock = Clock.fixed(T0.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        publishing.changes = changes;
        publishing.events = new ArticleEvents() {
            @Override
            public void fireAfterCommit(ArticleEvent event) {
                fired.add(event);
            }
        };
        desk.articles = articles;
        desk.publishing = publishing;
        desk.staff = staff;
    }

    private ArticleContent content(String headline) {
        return new ArticleContent(headline, null, "<p>The Senate voted.</p>", politics, List.of(ada), "senate-budget");
    }

    /** The form as the editor sends it; {@code headline} differs from the draft's when they changed it. */
    private static ArticleDraft typed(String headline) {
        return new ArticleDraft(headline, "", "<p>The Senate voted.</p>", 3L, List.of(5L), "senate-budget", null);
    }

    /** The id the database would have given. */
    private static void withId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void publishingWhatWasTypedSavesItFirstAndReadsTheEditorAndTheArticleOnce() {
        DeskOutcome outcome = desk.press("edith", 7, article.getVersion(), typed("Senate passes budget at last"),
                new EditorMove.Publish());

        assertThat(outcome.savedAsRevision()).contains(2);
        assertThat(outcome.done()).isEqualTo(new DeskOutcome.Published());
        assertThat(outcome.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.getLiveRevision()).hasValueSatisfying(live -> assertThat(live.getNumber()).isEqualTo(2));
        assertThat(staffLookups).isEqualTo(1);
        assertThat(articleReads).isEqualTo(1);
        // two changes for the audit log, both the editor's: the save, then the publish of what was saved
        Change.Actor.Staff edith = new Change.Actor.Staff("edith", "Edith");
        assertThat(changes.all()).containsExactly(
                new Change(edith, Action.DRAFT_SAVED, Subject.story(7, "Senate passes budget at last"), "revision 2", Instant.EPOCH),
                new Change(edith, Action.PUBLISHED, Subject.story(7, "Senate passes budget at last"),
                        "revision 2, first publication", Instant.EPOCH));
    }

    @Test
    void aMeaningfulUpdateSaysWhichUpdatedTimeReadersNowSee() {
        article.publish(first, editor, T0.plus(Duration.ofHours(1)), false, null);

        DeskOutcome outcome = desk.press("edith", 7, article.getVersion(), typed("Senate passes the budget, 52-48"),
                new EditorMove.PublishUpdate(true, "Adds the vote count."));

        assertThat(outcome.done()).isEqualTo(new DeskOutcome.UpdatePublished(Optional.of(T0.plus(Duration.ofHours(2)))));
        assertThat(fired).containsExactly(new ArticleUpdated(7, T0.plus(Duration.ofHours(2)), true));
        assertThat(changes.all()).last().satisfies(update -> {
            assertThat(update.action()).isEqualTo(Action.UPDATE_PUBLISHED);
            assertThat(update.detail()).isEqualTo("revision 2, shown as updated");
        });
    }

    @Test
    void anUntouchedFormMakesTheMoveWithoutAnEmptyRevision() {
        DeskOutcome outcome = desk.press("wanda", 7, article.getVersion(), typed("Senate passes the budget"),
                new EditorMove.Submit());

        assertThat(outcome.savedAsRevision()).isEmpty();
        assertThat(outcome.done()).isEqualTo(new DeskOutcome.Submitted());
        assertThat(changes.actions()).as("no save to log, only the move").containsExactly(Action.SUBMITTED);
        assertThat(article.getLatestRevisionNumber()).isEqualTo(1);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void aMoveTheEditorMayNotMakeIsRefusedAfterTheSave() {
        assertThatThrownBy(() -> desk.press("wanda", 7, article.getVersion(), typed("Senate passes budget at last"),
                new EditorMove.Publish()))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only editors can publish articles.");
    }
}
