package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTextTest {

    @Test
    void quotes_make_a_phrase_and_a_minus_leaves_a_word_out() {
        QueryText text = QueryText.parse("council \"late night vote\" -sports budget");

        assertThat(text.words()).containsExactly("council", "budget");
        assertThat(text.phrases()).containsExactly("late night vote");
        assertThat(text.excluded()).containsExactly("sports");
    }

    @Test
    void a_quoted_exclusion_leaves_out_a_phrase() {
        assertThat(QueryText.parse("budget -\"city hall\"").excluded()).containsExactly("city hall");
    }

    @Test
    void an_unclosed_quote_runs_to_the_end() {
        QueryText text = QueryText.parse("mayor \"harbor tunnel");

        assertThat(text.words()).containsExactly("mayor");
        assertThat(text.phrases()).containsExactly("harbor tunnel");
    }

    @Test
    void query_syntax_is_kept_as_literal_text_never_as_fields_or_operators() {
        QueryText text = QueryText.parse("*:* draft.body:secret title: (budget AND [1 TO 9] ?leak* ~2 ^3 \\");

        assertThat(text.words()).containsExactly("*:*", "draft.body:secret", "title:", "(budget", "AND", "[1", "TO",
                "9]", "?leak*", "~2", "^3", "\\");
        assertThat(text.phrases()).isEmpty();
        assertThat(text.excluded()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "\"\"", "-\"\"", "\u0000\u0007", "\uE000\uE001"})
    void input_with_nothing_to_look_for_is_empty(String typed) {
        assertThat(QueryText.parse(typed).isEmpty()).isTrue();
    }

    @Test
    void exclusions_alone_look_for_nothing() {
        assertThat(QueryText.parse("-budget -council").isEmpty()).isTrue();
    }

    @Test
    void very_long_input_is_cut() {
        QueryText text = QueryText.parse("a".repeat(10_000) + " budget");

        assertThat(text.words()).containsExactly("a".repeat(QueryText.MAXIMUM_LENGTH));
    }

    @Test
    void a_pasted_paragraph_is_cut_to_a_number_of_terms() {
        QueryText text = QueryText.parse("w ".repeat(99));

        assertThat(text.words()).hasSize(QueryText.MAXIMUM_TERMS);
    }

    @Test
    void typed_reads_back_to_the_same_query() {
        QueryText text = QueryText.parse("counsil \"late vote\" -sports -\"city hall\"");

        assertThat(QueryText.parse(text.typed())).isEqualTo(text);
        assertThat(text.withWord("counsil", "council").typed()).isEqualTo("council \"late vote\" -sports -\"city hall\"");
    }

    @Test
    void a_hyphen_inside_a_word_is_part_of_it() {
        assertThat(QueryText.parse("long-term plan").words()).isEqualTo(List.of("long-term", "plan"));
    }
}
