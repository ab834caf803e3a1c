package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article.Publication;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;

/** The article's workflow, revisions and three times, and who may do what: domain rules only. */
class ArticleWorkflowTest {

    private static final Instant T0 = Instant.parse("2021-12-15T14:00:00Z");

    private final StaffMember writer = staff("wanda", Role.WRITER);
    private final StaffMember otherWriter = staff("walter", Role.WRITER);
    private final StaffMember editor = staff("edith", Role.EDITOR);
    private final StaffMember admin = staff("adam", Role.ADMIN);

    private final Section politics = new Section("Politics", "politics", null, 0);
    private final Author ada = new Author("Ada Reporter", "ada-reporter", null);

    private final Revision r1 = Article.create(content("Senate Passes the Budget"), writer, T0, "first cut");
    private final Article article = r1.getArticle();

    private static StaffMember staff(String username, Role role) {
        return new StaffMember(username, username.toUpperCase(), "hash", Set.of(role), T0.minus(Duration.ofDays(30)));
    }

    private ArticleContent content(String headline) {
        return new ArticleContent(headline, "After months of talks", "<p>The Senate voted.</p>", politics,
                List.of(ada), "senate-passes-the-budget");
    }

    private static Instant at(int minutesAfterT0) {
        return T0.plus(Duration.ofMinutes(minutesAfterT0));
    }

    @Nested
    class NewArticle {

        @Test
        void isADraftAtRevisionOneWithNothingLive() {
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(r1.getNumber()).isEqualTo(1);
            assertThat(article.getLatestRevisionNumber()).isEqualTo(1);
            assertThat(article.getLiveRevision()).isEmpty();
            assertThat(article.hasPendingChanges()).isFalse();
            assertThat(article.getFirstPublishedAt()).isEmpty();
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
            assertThat(article.getScheduledAt()).isEmpty();
            assertThat(article.getUpdateNotes()).isEmpty();
        }

        @Test
        void remembersWhoCreatedItAndWhen() {
            assertThat(article.getCreatedBy()).isSameAs(writer);
            assertThat(article.wasCreatedBy(writer)).isTrue();
            assertThat(article.wasCreatedBy(otherWriter)).isFalse();
            assertThat(article.getCreatedAt()).isEqualTo(T0);
            assertThat(article.getModifiedAt()).isEqualTo(T0);
        }

        @Test
        void draftAndFirstRevisionCarryTheContent() {
            assertThat(article.draftContent()).isEqualTo(content("Senate Passes the Budget"));
            assertThat(r1.content()).isEqualTo(content("Senate Passes the Budget"));
            assertThat(r1.getSavedBy()).isSameAs(writer);
            assertThat(r1.getSavedAt()).isEqualTo(T0);
            assertThat(r1.getNote()).isEqualTo("first cut");
            assertThat(article.getBylines()).containsExactly(ada);
            assertThat(article.getSection()).isSameAs(politics);
        }
    }

    @Nested
    class Transitions {

        @Test
        void draftGoesToReviewAndThenLive() {
            article.submitForReview(editor, at(1));
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);

            article.publish(r1, editor, at(2), false, null);
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        }

        @Test
        void reviewCanBeSentBackToTheWritersDesk() {
            article.submitForReview(editor, at(1));

            article.returnToDraft(editor, at(2));

            assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(article.getModifiedAt()).isEqualTo(at(2));
        }

        @Test
        void schedulingInTheFutureRemembersThePublishTime() {
            article.submitForReview(editor, at(1));

            article.schedule(at(120), editor, at(2));

            assertThat(article.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
            assertThat(article.getScheduledAt()).contains(at(120));
            assertThat(article.getLiveRevision()).isEmpty();
        }

        @Test
        void scheduledStoryCanBeRescheduled() {
            article.schedule(at(120), editor, at(1));

            article.schedule(at(240), editor, at(2));

            assertThat(article.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
            assertThat(article.getScheduledAt()).contains(at(240));
        }

        @Test
        void returningAScheduledStoryToDraftCancelsTheSchedule() {
            article.schedule(at(120), editor, at(1));

            article.returnToDraft(editor, at(2));

            assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(article.getScheduledAt()).isEmpty();
        }

        @Test
        void publishingAScheduledStoryClearsTheSchedule() {
            article.schedule(at(120), editor, at(1));

            article.publish(r1, editor, at(120), false, null);

            assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(article.getScheduledAt()).isEmpty();
        }

        @Test
        void schedulingInThePastIsRefusedOnTheScheduledAtField() {
            assertThatThrownBy(() -> article.schedule(at(-5), editor, at(0)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .extracting(FieldProblem::field).containsExactly("scheduledAt"));
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(article.getScheduledAt()).isEmpty();
        }

        @Test
        void schedulingForRightNowIsRefused() {
            assertThatThrownBy(() -> article.schedule(at(0), editor, at(0))).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void publishedStoryCannotBeSubmittedForReview() {
            article.publish(r1, editor, at(1), false, null);

            assertThatThrownBy(() -> article.submitForReview(editor, at(2)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("submit it for review")
                    .hasMessageContaining("the article is published");
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        }

        @Test
        void draftCannotBeUnpublished() {
            assertThatThrownBy(() -> article.unpublish(editor, at(1)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("Cannot unpublish it: the article is a draft.");
        }

        @Test
        void articleInReviewCannotBeSubmittedAgain() {
            article.submitForReview(editor, at(1));

            assertThatThrownBy(() -> article.submitForReview(editor, at(2)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("in review");
        }

        @Test
        void publishedStoryCannotBeScheduledOrReturnedToDraft() {
            article.publish(r1, editor, at(1), false, null);

            assertThatThrownBy(() -> article.schedule(at(120), editor, at(2)))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("published");
            assertThatThrownBy(() -> article.returnToDraft(editor, at(2)))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("published");
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(article.getLiveRevision()).contains(r1);
        }

        @Test
        void refusedTransitionChangesNothing() {
            assertThatThrownBy(() -> article.unpublish(editor, at(5))).isInstanceOf(IllegalTransitionException.class);

            assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(article.getModifiedAt()).isEqualTo(T0);
        }

        @Test
        void everyChangeRecordsWhoMadeIt() {
            assertThat(article.getModifiedBy()).isSameAs(writer);
            article.submitForReview(otherWriter, at(1));
            assertThat(article.getModifiedBy()).isSameAs(otherWriter);
            article.revise(content("Senate Passes the Budget, 52-48"), admin, at(2), null);
            assertThat(article.getModifiedBy()).isSameAs(admin);
            assertThat(article.getModifiedAt()).isEqualTo(at(2));
        }

        @Test
        void unpublishTakesTheStoryDown() {
            article.publish(r1, editor, at(1), false, null);

            article.unpublish(editor, at(2));

            assertThat(article.getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
            assertThat(article.getLiveRevision()).as("kept: the story's URL answers 410").containsSame(r1);
            assertThat(article.hasPendingChanges()).isFalse();
        }
    }

    @Nested
    class LiveRevision {

        @Test
        void publishMakesTheRevisionLive() {
            Publication publication = article.publish(r1, editor, at(1), false, null);

            assertThat(publication).isEqualTo(Publication.FIRST);
            assertThat(article.getLiveRevision()).containsSame(r1);
            assertThat(article.hasPendingChanges()).isFalse();
        }

        @Test
        void saveAfterPublishDoesNotChangeWhatReadersSee() {
            article.publish(r1, editor, at(1), false, null);

            Revision r2 = article.revise(content("Senate Passes the Budget at Last"), editor, at(2), null);

            assertThat(r2.getNumber()).isEqualTo(2);
            assertThat(article.getLatestRevisionNumber()).isEqualTo(2);
            assertThat(article.getLiveRevision()).containsSame(r1);
            assertThat(article.getLiveRevision().orElseThrow().getHeadline()).isEqualTo("Senate Passes the Budget");
            assertThat(article.getHeadline()).isEqualTo("Senate Passes the Budget at Last");
            assertThat(article.hasPendingChanges()).isTrue();
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        }

        @Test
        void publishingThePendingChangesMakesThemLive() {
            article.publish(r1, editor, at(1), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget at Last"), editor, at(2), null);

            Publication publication = article.publish(r2, editor, at(3), false, null);

            assertThat(publication).isEqualTo(Publication.UPDATE);
            assertThat(article.getLiveRevision()).containsSame(r2);
            assertThat(article.hasPendingChanges()).isFalse();
        }

        @Test
        void earlierRevisionIsNeverChangedByALaterSave() {
            article.revise(content("A Different Headline"), editor, at(2), "rewrote top");

            assertThat(r1.getHeadline()).isEqualTo("Senate Passes the Budget");
            assertThat(r1.getNumber()).isEqualTo(1);
        }

        @Test
        void publishingARevisionThatIsNotTheLatestIsRefused() {
            article.revise(content("Newer Headline"), editor, at(2), null);

            assertThatThrownBy(() -> article.publish(r1, editor, at(3), false, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("latest revision");
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(article.getLiveRevision()).isEmpty();
            assertThat(article.getFirstPublishedAt()).isEmpty();
        }

        @Test
        void publishingAnotherArticlesRevisionIsRefused() {
            Revision otherArticlesFirst = Article.create(content("Another Story"), writer, T0, null);

            assertThatThrownBy(() -> article.publish(otherArticlesFirst, editor, at(1), false, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(article.getLiveRevision()).isEmpty();
        }

        @Test
        void blankRevisionNoteIsNotKept() {
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(2), "   ");

            assertThat(r2.getNote()).isNull();
            assertThat(r2.getSavedBy()).isSameAs(editor);
        }
    }

    @Nested
    class ThreeTimes {

        @Test
        void readersAreShownAnUpdateOnlyWhenItIsLaterThanTheFirstPublication() {
            assertThat(Article.shownUpdate(at(10), null)).isEmpty();
            assertThat(Article.shownUpdate(at(10), at(10))).isEmpty();
            assertThat(Article.shownUpdate(at(10), at(9))).as("imported with odd times").isEmpty();
            assertThat(Article.shownUpdate(null, at(10))).as("never published").isEmpty();
            assertThat(Article.shownUpdate(at(10), at(11))).contains(at(11));
        }

        @Test
        void theShownUpdateIsTheMeaningfulUpdateAndNeverTheLatestSave() {
            article.publish(r1, editor, at(10), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(20), null);
            article.publish(r2, editor, at(30), true, null);
            article.revise(content("Senate Passes the Budget"), editor, at(40), "typo");

            assertThat(article.shownUpdate()).contains(at(30));
            assertThat(article.shownUpdateFrom(at(30))).contains(at(30));
            assertThat(article.shownUpdateFrom(at(40))).as("a save is no update readers see").isEmpty();
        }

        @Test
        void firstPublishSetsFirstPublishedAtAndNoUpdatedTime() {
            article.publish(r1, editor, at(10), false, null);

            assertThat(article.getFirstPublishedAt()).contains(at(10));
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
        }

        @Test
        void firstPublishNeverShowsUpdatedEvenWhenMarkedMeaningful() {
            article.publish(r1, editor, at(10), true, "Added reaction.");

            assertThat(article.getFirstPublishedAt()).contains(at(10));
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
            assertThat(article.getUpdateNotes()).isEmpty();
        }

        @Test
        void migratedStoryKeepsItsOriginalPublishedTime() {
            Instant original = Instant.parse("2019-03-02T09:15:00Z");

            Publication publication = article.publishAsOf(r1, editor, at(10), original);

            assertThat(publication).isEqualTo(Publication.FIRST);
            assertThat(article.getFirstPublishedAt()).contains(original);
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
            assertThat(article.getLiveRevision()).contains(r1);
        }

        @Test
        void originalPublishedTimeInTheFutureIsRefusedAtItsField() {
            assertThatThrownBy(() -> article.publishAsOf(r1, editor, at(10), at(11)))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).problems().get(0).field())
                    .isEqualTo("publishedAt");
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        }

        @Test
        void firstPublishedTimeOfAStoryPublishedBeforeCannotBeReplaced() {
            article.publish(r1, editor, at(10), false, null);
            article.unpublish(editor, at(20));

            assertThatThrownBy(() -> article.publishAsOf(r1, editor, at(30), at(-60)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(article.getFirstPublishedAt()).contains(at(10));
        }

        @Test
        void typoFixRepublishedWithoutUpdateKeepsDisplayedUpdatedTimeEmpty() {
            article.publish(r1, editor, at(10), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(20), "typo");

            Publication publication = article.publish(r2, editor, at(21), false, null);

            assertThat(publication).isEqualTo(Publication.UPDATE);
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
            assertThat(article.getFirstPublishedAt()).contains(at(10));
            assertThat(article.getUpdateNotes()).isEmpty();
        }

        @Test
        void meaningfulUpdateShowsUpdatedTimeAndAddsTheNote() {
            article.publish(r1, editor, at(10), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(20), null);

            article.publish(r2, editor, at(30), true, "  Adds the final vote count.  ");

            assertThat(article.getDisplayedUpdatedAt()).contains(at(30));
            assertThat(article.getFirstPublishedAt()).contains(at(10));
            assertThat(article.getUpdateNotes()).singleElement().satisfies(note -> {
                assertThat(note.getNotedAt()).isEqualTo(at(30));
                assertThat(note.getText()).isEqualTo("Adds the final vote count.");
            });
        }

        @Test
        void aCorrectionNoteMakesThePublishAMeaningfulUpdateEvenWithoutTheFlag() {
            article.publish(r1, editor, at(10), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(20), null);

            article.publish(r2, editor, at(30), false, "Corrects the vote count.");

            assertThat(article.getDisplayedUpdatedAt()).contains(at(30));
            assertThat(article.getUpdateNotes()).extracting(UpdateNote::getText).containsExactly("Corrects the vote count.");
        }

        @Test
        void anOverlongUpdateNoteIsRefusedAtItsFieldAndNothingGoesLive() {
            article.publish(r1, editor, at(10), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(20), null);

            assertThatThrownBy(() -> article.publish(r2, editor, at(30), true, "x".repeat(1001)))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                            assertThat(invalid.problems()).singleElement()
                                    .satisfies(p -> assertThat(p.field()).isEqualTo("updateNote")));
            assertThat(article.getLiveRevision()).containsSame(r1);
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
        }

        @Test
        void meaningfulUpdateWithoutANoteAddsNoNote() {
            article.publish(r1, editor, at(10), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(20), null);

            article.publish(r2, editor, at(30), true, "   ");

            assertThat(article.getDisplayedUpdatedAt()).contains(at(30));
            assertThat(article.getUpdateNotes()).isEmpty();
        }

        @Test
        void laterTypoFixKeepsTheEarlierDisplayedUpdatedTime() {
            article.publish(r1, editor, at(10), false, null);
            Revision r2 = article.revise(content("Senate Passes the Budget"), editor, at(20), null);
            article.publish(r2, editor, at(30), true, "Adds the final vote count.");
            Revision r3 = article.revise(content("Senate Passes the Budget"), editor, at(40), "typo");

            article.publish(r3, editor, at(50), false, null);

            assertThat(article.getDisplayedUpdatedAt()).contains(at(30));
            assertThat(article.getFirstPublishedAt()).contains(at(10));
            assertThat(article.getUpdateNotes()).hasSize(1);
        }

        @Test
        void secondMeaningfulUpdateMovesTheUpdatedTimeAndKeepsBothNotesInOrder() {
            article.publish(r1, editor, at(10), false, null);
            article.publish(article.revise(content("A"), editor, at(20), null), editor, at(30), true, "First update.");

            article.publish(article.revise(content("B"), editor, at(40), null), editor, at(50), true, "Second update.");

            assertThat(article.getDisplayedUpdatedAt()).contains(at(50));
            assertThat(article.getUpdateNotes()).extracting(UpdateNote::getText)
                    .containsExactly("First update.", "Second update.");
        }

        @Test
        void unpublishThenPublishAgainKeepsFirstPublishedAtAndIsARepublication() {
            article.publish(r1, editor, at(10), false, null);
            article.unpublish(editor, at(20));

            Publication publication = article.publish(r1, editor, at(30), false, null);

            assertThat(publication).isEqualTo(Publication.REPUBLICATION);
            assertThat(article.getFirstPublishedAt()).contains(at(10));
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
            assertThat(article.getLiveRevision()).containsSame(r1);
        }

        @Test
        void modifiedAtChangesOnEverySaveButNeverTheDisplayedTimes() {
            article.publish(r1, editor, at(10), false, null);

            article.revise(content("One"), editor, at(20), null);
            assertThat(article.getModifiedAt()).isEqualTo(at(20));

            article.revise(content("Two"), editor, at(25), null);
            assertThat(article.getModifiedAt()).isEqualTo(at(25));

            assertThat(article.getFirstPublishedAt()).contains(at(10));
            assertThat(article.getDisplayedUpdatedAt()).isEmpty();
        }

        @Test
        void modifiedAtChangesOnWorkflowSteps() {
            article.submitForReview(editor, at(5));
            assertThat(article.getModifiedAt()).isEqualTo(at(5));

            article.publish(r1, editor, at(10), false, null);
            assertThat(article.getModifiedAt()).isEqualTo(at(10));
        }
    }

    @Nested
    class Roles {

        @Test
        void writerMayEditOwnDraft() {
            assertThat(EditorialPolicy.mayEdit(writer, article)).isTrue();
            assertThatCode(() -> EditorialPolicy.requireMayEdit(writer, article)).doesNotThrowAnyException();
        }

        @Test
        void writerMayNotEditSomeoneElsesDraft() {
            assertThat(EditorialPolicy.mayEdit(otherWriter, article)).isFalse();
            assertThatThrownBy(() -> EditorialPolicy.requireMayEdit(otherWriter, article))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("only their own");
        }

        @Test
        void writerMayNotEditOwnArticleOnceInReview() {
            article.submitForReview(editor, at(1));

            assertThat(EditorialPolicy.mayEdit(writer, article)).isFalse();
            assertThatThrownBy(() -> EditorialPolicy.requireMayEdit(writer, article))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("while they are drafts");
        }

        @Test
        void writerMayNotEditOwnPublishedArticle() {
            article.publish(r1, editor, at(1), false, null);

            assertThat(EditorialPolicy.mayEdit(writer, article)).isFalse();
        }

        @Test
        void editorsAndAdminsMayEditAnyArticleInAnyState() {
            article.publish(r1, editor, at(1), false, null);

            assertThat(EditorialPolicy.mayEdit(editor, article)).isTrue();
            assertThat(EditorialPolicy.mayEdit(admin, article)).isTrue();
        }

        @Test
        void writerCannotPublish() {
            assertThatThrownBy(() -> StaffPolicy.requireEditor(writer, "publish"))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("Only editors")
                    .hasMessage("Only editors can publish.");
        }

        @Test
        void editorAndAdminCanPublish() {
            assertThatCode(() -> StaffPolicy.requireEditor(editor, "publish")).doesNotThrowAnyException();
            assertThatCode(() -> StaffPolicy.requireEditor(admin, "publish")).doesNotThrowAnyException();
        }

        @Test
        void writerMaySubmitOwnArticleButNotAnothers() {
            assertThatCode(() -> EditorialPolicy.requireMaySubmit(writer, article)).doesNotThrowAnyException();
            assertThatThrownBy(() -> EditorialPolicy.requireMaySubmit(otherWriter, article))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("only their own");
        }

        @Test
        void editorMaySubmitAnyonesArticle() {
            assertThatCode(() -> EditorialPolicy.requireMaySubmit(editor, article)).doesNotThrowAnyException();
        }

        @Test
        void everyRoleMayCreateArticles() {
            assertThatCode(() -> EditorialPolicy.requireMayCreate(writer)).doesNotThrowAnyException();
            assertThatCode(() -> EditorialPolicy.requireMayCreate(editor)).doesNotThrowAnyException();
            assertThatCode(() -> EditorialPolicy.requireMayCreate(admin)).doesNotThrowAnyException();
        }

        @Test
        void deactivatedEditorCannotPublishOrEdit() {
            editor.deactivate();

            assertThatThrownBy(() -> StaffPolicy.requireEditor(editor, "publish"))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("Only editors");
            assertThat(EditorialPolicy.mayEdit(editor, article)).isFalse();
        }

        @Test
        void deactivatedWriterCannotCreateEditOrSubmit() {
            writer.deactivate();

            assertThatThrownBy(() -> EditorialPolicy.requireMayCreate(writer)).isInstanceOf(NotPermittedException.class);
            assertThat(EditorialPolicy.mayEdit(writer, article)).isFalse();
            assertThatThrownBy(() -> EditorialPolicy.requireMaySubmit(writer, article))
                    .isInstanceOf(NotPermittedException.class);
        }
    }
    @Nested
    class ScheduledPublication {

        @Test
        void goesLiveWithItsScheduledTimeAsTheEditorWhoScheduledIt() {
            article.schedule(at(120), editor, at(1));
            Instant twoSecondsLate = at(120).plusSeconds(2);

            Article.Publication publication = article.publishScheduled(r1, twoSecondsLate);

            assertThat(publication).isEqualTo(Article.Publication.FIRST);
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(article.getFirstPublishedAt()).contains(at(120));
            assertThat(article.getLiveRevision()).contains(r1);
            assertThat(article.getModifiedBy()).isSameAs(editor);
            assertThat(article.getModifiedAt()).isEqualTo(twoSecondsLate);
            assertThat(article.getScheduledAt()).isEmpty();
            assertThat(article.getScheduledBy()).isEmpty();
        }

        @Test
        void aStoryCaughtUpAfterDowntimeCarriesTheTimeReadersFirstSawIt() {
            article.schedule(at(120), editor, at(1));

            article.publishScheduled(r1, at(120 + 90));

            assertThat(article.getFirstPublishedAt()).contains(at(210));
        }

        @Test
        void aMinuteLateStillCountsAsOnTime() {
            article.schedule(at(120), editor, at(1));

            article.publishScheduled(r1, at(120).plus(Article.ON_TIME));

            assertThat(article.getFirstPublishedAt()).contains(at(120));
        }

        @Test
        void actsForTheSchedulingEditorEvenAfterSomeoneElseSaved() {
            article.schedule(at(120), editor, at(1));
            Revision r2 = article.revise(content("Senate Passes the Budget, 60-40"), admin, at(2), null);

            assertThat(article.getScheduledBy()).contains(editor);
            article.publishScheduled(r2, at(120));

            assertThat(article.getModifiedBy()).isSameAs(editor);
            assertThat(article.getLiveRevision()).contains(r2);
        }

        @Test
        void aStoryTakenDownAndScheduledAgainKeepsItsFirstPublishedTime() {
            article.publish(r1, editor, at(5), false, null);
            article.unpublish(editor, at(10));
            article.schedule(at(120), editor, at(11));

            Article.Publication publication = article.publishScheduled(r1, at(120));

            assertThat(publication).isEqualTo(Article.Publication.REPUBLICATION);
            assertThat(article.getFirstPublishedAt()).contains(at(5));
        }

        @Test
        void onlyAScheduledStoryWhoseTimeHasComeGoesOut() {
            assertThatThrownBy(() -> article.publishScheduled(r1, at(200))).isInstanceOf(IllegalTransitionException.class);

            article.schedule(at(120), editor, at(1));

            assertThatThrownBy(() -> article.publishScheduled(r1, at(119))).isInstanceOf(IllegalStateException.class);
            assertThat(article.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
        }

        @Test
        void sendingItBackToDraftForgetsWhoScheduledIt() {
            article.schedule(at(120), editor, at(1));

            article.returnToDraft(admin, at(2));

            assertThat(article.getScheduledBy()).isEmpty();
        }
    }
}
