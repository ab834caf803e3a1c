package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

class ArticleDraftTest {

    private static ArticleDraft valid() {
        return new ArticleDraft("Senate Passes the Budget", "After months of talks", "<p>The Senate voted.</p>",
                7L, List.of(1L, 2L), "senate-passes-the-budget", "first cut");
    }

    private static List<String> fieldsWithProblems(ArticleDraft draft) {
        return draft.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void validDraftHasNoProblems() {
        assertThat(valid().problems()).isEmpty();
    }

    @Test
    void pastedControlCharactersNeverReachTheStory() {
        ArticleDraft draft = new ArticleDraft("Council\u0000 votes", "Line one\u000Bline two",
                "<p>One</p>\r\n<p>Two</p>", 7L, List.of(1L), null, "Tidied\u0007");
        assertThat(draft.headline()).isEqualTo("Council votes");
        assertThat(draft.dek()).isEqualTo("Line one line two");
        assertThat(draft.body()).as("a browser's line ends, as stored").isEqualTo("<p>One</p>\n<p>Two</p>");
        assertThat(draft.note()).isEqualTo("Tidied");
    }

    @Test
    void aBodyTooLongAsTypedIsRefusedBeforeAnythingCleansIt() {
        ArticleDraft draft = new ArticleDraft("Headline", null, "<b>".repeat(ArticleDraft.BODY_MAXIMUM / 3 + 1), 7L,
                List.of(1L), null, null);
        assertThat(draft.isBodyTooLong()).isTrue();
        assertThat(draft.problems()).extracting(p -> p.field()).containsExactly("body");
    }

    /** An autosave keeps a story half-written, but nothing a save would refuse as too long. */
    @Test
    void aHalfWrittenStoryHasOnlyTheLengthProblemsASaveWouldAlsoFind() {
        ArticleDraft halfWritten = new ArticleDraft("", "", "<p>The council met", null, List.of(), "Not A Slug Yet", null);
        assertThat(halfWritten.lengthProblems()).isEmpty();
        assertThat(fieldsWithProblems(halfWritten)).containsExactly("headline", "section", "bylines", "slug");

        ArticleDraft tooLong = new ArticleDraft("h".repeat(ArticleDraft.HEADLINE_MAXIMUM + 1), "d".repeat(ArticleDraft.DEK_MAXIMUM + 1),
                "<b>".repeat(ArticleDraft.BODY_MAXIMUM / 3 + 1), null, List.of(), "s".repeat(81), "n".repeat(ArticleDraft.NOTE_MAXIMUM + 1));
        assertThat(tooLong.lengthProblems()).extracting(FieldProblem::field).containsExactly("headline", "dek", "slug", "body", "note");
        assertThat(tooLong.lengthProblems()).extracting(FieldProblem::message)
                .as("worded as a save words them").isSubsetOf(tooLong.problems().stream().map(FieldProblem::message).toList());
    }

    @Test
    void theStoredBodyIsSanitizedAndABodyTooLongOnceEscapedIsAProblem() {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        assertThat(new ArticleDraft("H", null, "<p onclick=\"x()\">Hi</p><script>x()</script>", 7L, List.of(1L), null, null)
                .storedBody(problems)).isEqualTo("<p>Hi</p>");
        assertThat(problems).isEmpty();

        String ampersands = "&".repeat(ArticleDraft.BODY_MAXIMUM);
        assertThat(new ArticleDraft("H", null, ampersands, 7L, List.of(1L), null, null).storedBody(problems)).hasSizeGreaterThan(ArticleDraft.BODY_MAXIMUM);
        assertThat(problems).containsExactly(new FieldProblem("body", "The body is too long to save."));
    }

    @Test
    void blankSlugIsFineBecauseOneIsMadeFromTheHeadline() {
        ArticleDraft draft = new ArticleDraft("Headline", null, "", 7L, List.of(1L), "   ", null);

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.slug()).isEmpty();
    }

    @Test
    void emptyHeadlineIsAProblemOnTheHeadline() {
        ArticleDraft draft = new ArticleDraft("   ", null, "", 7L, List.of(1L), null, null);

        assertThat(draft.problems()).containsExactly(new FieldProblem("headline", "Enter a headline."));
    }

    @Test
    void missingHeadlineIsAProblemOnTheHeadline() {
        ArticleDraft draft = new ArticleDraft(null, null, null, 7L, List.of(1L), null, null);

        assertThat(fieldsWithProblems(draft)).containsExactly("headline");
    }

    @Test
    void headlineOf200CharactersIsAccepted() {
        ArticleDraft draft = new ArticleDraft("h".repeat(200), null, "", 7L, List.of(1L), null, null);

        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void headlineOf201CharactersIsTooLong() {
        ArticleDraft draft = new ArticleDraft("h".repeat(201), null, "", 7L, List.of(1L), null, null);

        assertThat(draft.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("headline");
            assertThat(problem.message()).contains("200").contains("201");
        });
    }

    @Test
    void surroundingSpacesDoNotCountTowardsTheHeadlineLimit() {
        ArticleDraft draft = new ArticleDraft("  " + "h".repeat(200) + "  ", null, "", 7L, List.of(1L), null, null);

        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void dekOf400CharactersIsAcceptedAnd401IsTooLong() {
        ArticleDraft ok = new ArticleDraft("Headline", "d".repeat(400), "", 7L, List.of(1L), null, null);
        ArticleDraft tooLong = new ArticleDraft("Headline", "d".repeat(401), "", 7L, List.of(1L), null, null);

        assertThat(ok.problems()).isEmpty();
        assertThat(fieldsWithProblems(tooLong)).containsExactly("dek");
    }

    @Test
    void missingSectionIsAProblemOnTheSection() {
        ArticleDraft draft = new ArticleDraft("Headline", null, "", null, List.of(1L), null, null);

        assertThat(fieldsWithProblems(draft)).containsExactly("section");
    }

    @Test
    void noBylinesIsAProblemOnTheBylines() {
        assertThat(fieldsWithProblems(new ArticleDraft("Headline", null, "", 7L, List.of(), null, null)))
                .containsExactly("bylines");
        assertThat(fieldsWithProblems(new ArticleDraft("Headline", null, "", 7L, null, null, null)))
                .containsExactly("bylines");
    }

    @Test
    void sameAuthorTwiceInTheBylinesIsAProblem() {
        ArticleDraft draft = new ArticleDraft("Headline", null, "", 7L, List.of(1L, 2L, 1L), null, null);

        assertThat(draft.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("bylines");
            assertThat(problem.message()).contains("only once");
        });
    }

    @Test
    void badSlugIsAProblemOnTheSlug() {
        for (String slug : Arrays.asList("Senate Budget", "senate--budget", "-senate", "s".repeat(81))) {
            ArticleDraft draft = new ArticleDraft("Headline", null, "", 7L, List.of(1L), slug, null);

            assertThat(fieldsWithProblems(draft)).as(slug).containsExactly("slug");
        }
    }

    @Test
    void tooLongRevisionNoteIsAProblemOnTheNote() {
        ArticleDraft draft = new ArticleDraft("Headline", null, "", 7L, List.of(1L), null, "n".repeat(501));

        assertThat(fieldsWithProblems(draft)).containsExactly("note");
    }

    @Test
    void everyProblemIsReportedAtOnceInFormOrder() {
        ArticleDraft draft = new ArticleDraft("", "d".repeat(401), "", null, List.of(), "Bad Slug", null);

        assertThat(fieldsWithProblems(draft)).containsExactly("headline", "dek", "section", "bylines", "slug");
    }

    @Test
    void typedFieldsAreStrippedAndMissingOnesBecomeEmpty() {
        ArticleDraft draft = new ArticleDraft("  Senate Passes  ", "\tA dek\n", null, 7L, List.of(1L),
                "  senate-passes ", "  tightened the top  ");

        assertThat(draft.headline()).isEqualTo("Senate Passes");
        assertThat(draft.dek()).isEqualTo("A dek");
        assertThat(draft.slug()).isEqualTo("senate-passes");
        assertThat(draft.note()).isEqualTo("tightened the top");
        assertThat(draft.body()).isEmpty();
        assertThat(draft.problems()).isEmpty();

        ArticleDraft empty = new ArticleDraft(null, null, null, null, null, null, null);
        assertThat(empty.dek()).isEmpty();
        assertThat(empty.slug()).isEmpty();
        assertThat(empty.note()).isEmpty();
        assertThat(empty.bylineAuthorIds()).isEmpty();
    }

    @Test
    void bodyIsKeptAsTypedNotStripped() {
        ArticleDraft draft = new ArticleDraft("Headline", null, "  <p>x</p>\n", 7L, List.of(1L), null, null);

        assertThat(draft.body()).isEqualTo("  <p>x</p>\n");
    }

    @Test
    void keywordsAreTidiedAndTheirLimitsReportedAtTheirField() {
        ArticleDraft tidy = new ArticleDraft("Headline", null, "", 7L, List.of(1L), null, null, List.of(" budget ", "Budget", ""));
        assertThat(tidy.keywords()).containsExactly("budget");
        assertThat(tidy.problems()).isEmpty();

        ArticleDraft tooMany = new ArticleDraft("Headline", null, "", 7L, List.of(1L), null, null,
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "word" + i).toList());
        assertThat(tooMany.problems()).extracting(FieldProblem::field).containsExactly("keywords");
        // an autosave of a half-written story refuses them too, as it does a dek too long
        assertThat(tooMany.lengthProblems()).extracting(FieldProblem::field).containsExactly("keywords");
    }

    @Test
    void aDraftWithoutKeywordsKeepsTheStorysAndOneWithAnEmptyListClearsThem() {
        ArticleDraft unsent = new ArticleDraft("Headline", null, "", 7L, List.of(1L), null, null);
        ArticleDraft cleared = new ArticleDraft("Headline", null, "", 7L, List.of(1L), null, null, List.of());
        assertThat(unsent.keywordsOr(List.of("budget"))).containsExactly("budget");
        assertThat(cleared.keywordsOr(List.of("budget"))).isEmpty();
    }
}
