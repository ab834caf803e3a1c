package org.newsdesk.cms.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void typedKeywordsAreTrimmedAndBlanksDropped() {
        assertThat(Keywords.parse("  budget ,city council,, ,  river   crossing  ,"))
                .containsExactly("budget", "city council", "river crossing");
    }

    @Test
    void aRepeatIsDroppedWhateverItsCaseTheFirstSpellingKept() {
        assertThat(Keywords.parse("Budget, budget, BUDGET, Senate, senate")).containsExactly("Budget", "Senate");
    }

    @Test
    void nothingTypedIsNoKeywords() {
        assertThat(Keywords.parse(null)).isEmpty();
        assertThat(Keywords.parse("   ")).isEmpty();
        assertThat(Keywords.parse(" , ,")).isEmpty();
    }

    @Test
    void aKeywordGivenWithACommaInAListSplitsThere() {
        assertThat(Keywords.tidy(List.of("budget, senate", " levy "))).containsExactly("budget", "senate", "levy");
    }

    @Test
    void invisibleControlCharactersNeverReachAKeyword() {
        assertThat(Keywords.parse("bud\u0000get, river\u000Bcrossing")).containsExactly("budget", "river crossing");
    }

    @Test
    void twentyKeywordsOfFiftyCharactersAreFine() {
        List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> String.format("%02d", i) + "k".repeat(48)).toList();
        assertThat(twenty.get(0)).hasSize(50);
        assertThat(Keywords.problemWith(twenty)).isEmpty();
    }

    @Test
    void aTwentyFirstKeywordIsRefusedSayingHowManyThereAre() {
        List<String> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "word" + i).toList();
        assertThat(Keywords.problemWith(many)).hasValue("A story can have at most 20 keywords; this one has 21.");
    }

    @Test
    void aKeywordLongerThanFiftyCharactersIsRefusedNamingIt() {
        String longOne = "an extremely long keyword that nobody would search for at all";
        assertThat(Keywords.problemWith(List.of("budget", longOne)))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("A keyword can have at most 50 characters; shorten")
                        .contains("\u201can extremely long keyword tha\u2026\u201d"));
    }

    @Test
    void storedKeywordsReadBackAsTheyWere() {
        List<String> keywords = Keywords.parse("budget, city council, Levy");
        assertThat(Keywords.join(keywords)).isEqualTo("budget, city council, Levy");
        assertThat(Keywords.split(Keywords.join(keywords))).isEqualTo(keywords);
        assertThat(Keywords.join(Collections.emptyList())).isNull();
        assertThat(Keywords.split(null)).isEmpty();
    }
}
