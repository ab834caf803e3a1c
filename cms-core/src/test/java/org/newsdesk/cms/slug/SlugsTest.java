package org.newsdesk.cms.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    // ---- fromHeadline ----

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Senate Passes the Budget — at Last | senate-passes-the-budget-at-last
            Café déjà vu                      | cafe-deja-vu
            Søren Kierkegaard Archive Opens   | soren-kierkegaard-archive-opens
            Straße Closed                     | strasse-closed
            Łódź Mayor                        | lodz-mayor
            Ærø Ferry                         | aero-ferry
            Mayor's Plan                      | mayors-plan
            Mayor’s Plan                      | mayors-plan
            "  Storm Hits Coast!  "           | storm-hits-coast
            Fire at 3 a.m. Kills 2            | fire-at-3-a-m-kills-2
            Zürich Über Alles                 | zurich-uber-alles
            COVID-19: What We Know            | covid-19-what-we-know
            """)
    void makesALowerCaseHyphenatedSlugFromTheHeadline(String headline, String slug) {
        assertThat(Slugs.fromHeadline(headline)).isEqualTo(slug);
    }

    @Test
    void longHeadlineIsCutAtAWordBoundaryWithinTheMaximum() {
        String headline = "Senate Passes the Long-Awaited Budget After Months of Negotiation Between Both Parties "
                + "and a Last-Minute Deal";

        String slug = Slugs.fromHeadline(headline);

        assertThat(slug)
                .hasSizeLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH)
                .doesNotEndWith("-")
                .isEqualTo("senate-passes-the-long-awaited-budget-after-months-of-negotiation-between-both");
        assertThat(Slugs.problemWith(slug)).isEmpty();
    }

    @Test
    void longHeadlineNeverEndsInHalfAWord() {
        // each word is "word" + digit so a mid-word cut would leave a fragment that is not a full word
        StringBuilder headline = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            headline.append("abcdefg").append(i % 10).append(' ');
        }

        String slug = Slugs.fromHeadline(headline.toString());

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH).doesNotEndWith("-");
        for (String word : slug.split("-")) {
            assertThat(word).hasSize(8).startsWith("abcdefg");
        }
    }

    @Test
    void headlineWithAHyphenExactlyAtTheLimitIsCutThere() {
        String headline = "a".repeat(80) + " tail";

        assertThat(Slugs.fromHeadline(headline)).isEqualTo("a".repeat(80));
    }

    @Test
    void singleWordLongerThanTheMaximumIsCutAtTheMaximum() {
        assertThat(Slugs.fromHeadline("x".repeat(120))).isEqualTo("x".repeat(80));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"!!!", " — ", "'''", "???!!!...", "\u201C\u201D"})
    void headlineWithNothingToKeepBecomesStory(String headline) {
        assertThat(Slugs.fromHeadline(headline)).isEqualTo("story");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Senate Passes the Budget — at Last", "Café déjà vu", "ÆØÅ ß œ", "A   B", "--x--",
            "日本語 News", "Ünïcödé Ñoño"})
    void everySlugMadeFromAHeadlinePassesTheSlugCheck(String headline) {
        assertThat(Slugs.problemWith(Slugs.fromHeadline(headline))).isEmpty();
    }

    // ---- unique ----

    @Test
    void freeSlugIsUsedAsItIs() {
        assertThat(Slugs.unique("budget", Set.of("other")::contains)).isEqualTo("budget");
    }

    @Test
    void takenSlugGetsSuffixTwo() {
        assertThat(Slugs.unique("budget", Set.of("budget")::contains)).isEqualTo("budget-2");
    }

    @Test
    void takenSlugAndSuffixTwoGetSuffixThree() {
        assertThat(Slugs.unique("budget", Set.of("budget", "budget-2")::contains)).isEqualTo("budget-3");
    }

    @Test
    void suffixedSlugAtTheMaximumLengthStaysWithinIt() {
        String longest = "a".repeat(40) + "-" + "b".repeat(39);
        assertThat(longest).hasSize(80);

        String unique = Slugs.unique(longest, Set.of(longest)::contains);

        assertThat(unique).hasSizeLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH).endsWith("-2");
        assertThat(Slugs.problemWith(unique)).isEmpty();
    }

    @Test
    void longSlugCutJustAfterAHyphenHasNoDoubleHyphen() {
        // cutting 80 chars to 78 for "-2" lands right after a hyphen
        String slug = "a".repeat(77) + "-bb";
        assertThat(slug).hasSize(80);

        String unique = Slugs.unique(slug, Set.of(slug)::contains);

        assertThat(unique).isEqualTo("a".repeat(77) + "-2");
        assertThat(Slugs.problemWith(unique)).isEmpty();
    }

    @Test
    void manyTakenLongSlugsStillGiveAValidUniqueSlug() {
        String slug = "x".repeat(80);
        Predicate<String> taken = candidate -> {
            if (candidate.equals(slug)) {
                return true;
            }
            int n = Integer.parseInt(candidate.substring(candidate.lastIndexOf('-') + 1));
            return n < 12;
        };

        String unique = Slugs.unique(slug, taken);

        assertThat(unique).isEqualTo("x".repeat(77) + "-12").hasSize(80);
        assertThat(Slugs.problemWith(unique)).isEmpty();
    }

    // ---- problemWith ----

    @ParameterizedTest
    @ValueSource(strings = {"a-b-1", "a", "senate-passes-the-budget", "2021"})
    void acceptsLowerCaseLettersAndDigitsSeparatedBySingleHyphens(String slug) {
        assertThat(Slugs.problemWith(slug)).isEmpty();
    }

    @Test
    void acceptsExactlyTheMaximumLength() {
        assertThat(Slugs.problemWith("a".repeat(80))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"A", "a--b", "-a", "a-", "a b", "café", "a_b", "a/b", "a.b"})
    void refusesSlugsThatAreNotLowerCaseWordsJoinedBySingleHyphens(String slug) {
        assertThat(Slugs.problemWith(slug)).isPresent();
    }

    @Test
    void refusesOneCharacterOverTheMaximum() {
        assertThat(Slugs.problemWith("a".repeat(81))).hasValueSatisfying(problem -> assertThat(problem).contains("80"));
    }

    @Test
    void emptySlugProblemSaysItIsEmpty() {
        assertThat(Slugs.problemWith("")).hasValueSatisfying(problem -> assertThat(problem).contains("empty"));
    }
}
