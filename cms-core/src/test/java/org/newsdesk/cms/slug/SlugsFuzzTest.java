package org.newsdesk.cms.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/**
 * Any headline or typed slug, in any script, with markup, controls, broken surrogates and
 * characters that decompose into several (ligatures, fractions, Roman numerals): a slug Newsdesk
 * makes always has the one shape public addresses are read with, and a typed one is either used
 * as it is or refused at the slug field.
 *
 * <p>Time: 2,000 tries a property, well under a second each.
 */
class SlugsFuzzTest {

    @Provide
    Arbitrary<String> headlines() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u024F') // controls, ASCII, Latin with accents
                .withCharRange('\u0300', '\u036F') // combining accents
                .withCharRange('\u0590', '\u06FF') // Hebrew, Arabic
                .withCharRange('\u2000', '\u218F') // punctuation, marks, letterlike, numerals (Ⅻ), fractions
                .withCharRange('\u3000', '\u33FF') // CJK punctuation, kana, squared units (㎏)
                .withCharRange('\uD800', '\uDFFF') // surrogates, paired or not
                .withCharRange('\uFB00', '\uFB06') // ligatures (ﬃ)
                .withCharRange('\uFDF0', '\uFDFF') // Arabic ligatures that decompose into a dozen letters
                .withCharRange('\uFF00', '\uFFFF') // full-width forms, non-characters
                .withChars("ßæœøłđðþı'\u2019-- ")
                .ofMaxLength(200);
    }

    @Property(tries = 2000)
    void aMadeSlugAlwaysHasTheShapeAndTheLength(@ForAll("headlines") String headline) {
        String slug = Slugs.fromHeadline(headline);

        assertThat(slug).matches(Slugs.SHAPE).hasSizeLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH);
        assertThat(Slugs.problemWith(slug)).as("a made slug is one an editor could type").isEmpty();
    }

    @Property(tries = 2000)
    void aSlugMadeFromASlugIsTheSame(@ForAll("headlines") String headline) {
        String slug = Slugs.fromHeadline(headline);

        assertThat(Slugs.fromHeadline(slug)).isEqualTo(slug);
    }

    /** A Latin letter or digit in the headline makes the slug: the placeholder is only for headlines with none. */
    @Property(tries = 2000)
    void aHeadlineWithALatinLetterOrDigitIsNotReplacedByThePlaceholder(@ForAll("headlines") String headline,
                                                                         @ForAll @IntRange(min = 0, max = 35) int pick) {
        char letter = "abcdefghijklmnopqrstuvwxyz0123456789".charAt(pick);
        String slug = Slugs.fromHeadline(letter + headline);

        assertThat(slug).startsWith(String.valueOf(letter));
    }

    @Property(tries = 2000)
    void aNumberedSlugKeepsTheShapeAndTheLength(@ForAll("headlines") String headline,
                                                @ForAll @IntRange(min = 0, max = 12) int taken) {
        String slug = Slugs.fromHeadline(headline);
        Set<String> holders = new java.util.HashSet<>();
        String candidate = slug;
        for (int n = 1; n <= taken; n++) {
            holders.add(candidate);
            candidate = Slugs.unique(slug, holders::contains);
        }
        String numbered = Slugs.unique(slug, holders::contains);

        assertThat(numbered).matches(Slugs.SHAPE).hasSizeLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH).isNotIn(holders);
    }

    /** Whatever is typed in the slug field is used as it is, or refused at that field with a reason. */
    @Property(tries = 2000)
    void aTypedSlugIsUsedAsTypedOrRefusedAtTheField(@ForAll("headlines") String typed, @ForAll("headlines") String name) {
        List<FieldProblem> problems = new ArrayList<>();

        Optional<String> slug = Slugs.choose(typed, name, free -> Optional.empty(), problems);

        if (slug.isPresent()) {
            assertThat(slug.get()).matches(Slugs.SHAPE).hasSizeLessThanOrEqualTo(Slugs.MAXIMUM_LENGTH);
            assertThat(problems).isEmpty();
            if (!typed.isBlank()) {
                assertThat(slug.get()).isEqualTo(typed.strip());
            }
        } else if (!(typed.isBlank() && name.isBlank())) {
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo(Slugs.FIELD);
                assertThat(problem.message()).isNotBlank();
            });
        }
    }
}
