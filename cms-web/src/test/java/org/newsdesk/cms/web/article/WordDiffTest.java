package org.newsdesk.cms.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the revision comparison reads to an editor: what was cut and added, word by word. */
class WordDiffTest {

    /** The comparison as a proof-reader's line: [-cut-] and {+added+}, paragraphs split by " | ". */
    private static String proof(WordDiff diff) {
        return diff.getParagraphs().stream()
                .map(p -> p.words().stream().map(w -> switch (w.change()) {
                    case KEPT -> w.text();
                    case REMOVED -> "[-" + w.text() + "-]";
                    case ADDED -> "{+" + w.text() + "+}";
                }).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void oneChangedWordInAHeadlineIsMarkedAloneNotTheWholeLine() {
        WordDiff diff = WordDiff.ofText("Senate passes the budget", "Senate rejects the budget");

        assertThat(diff.isChanged()).isTrue();
        assertThat(proof(diff)).isEqualTo("Senate [-passes-] {+rejects+} the budget");
    }

    @Test
    void identicalTextsAreUnchanged() {
        WordDiff diff = WordDiff.ofText("Senate passes the budget", "Senate  passes the budget ");

        assertThat(diff.isChanged()).isFalse();
        assertThat(proof(diff)).isEqualTo("Senate passes the budget");
    }

    @Test
    void bodyIsComparedByItsTextParagraphByParagraph() {
        WordDiff diff = WordDiff.ofBody(
                "<p>The Senate voted on Tuesday.</p><p>The bill goes to the House.</p>",
                "<p>The Senate voted <strong>late</strong> on Tuesday.</p><p>The bill goes to the House.</p><p>Reaction follows.</p>");

        assertThat(proof(diff)).isEqualTo(
                "The Senate voted {+late+} on Tuesday. | The bill goes to the House. | {+Reaction follows.+}");
    }

    @Test
    void markupOnlyChangesAreNotWordChanges() {
        WordDiff diff = WordDiff.ofBody("<p>The Senate voted.</p>", "<p>The <em>Senate</em> voted.</p>");

        assertThat(diff.isChanged()).isFalse();
    }

    @Test
    void removedParagraphIsShownAsCut() {
        WordDiff diff = WordDiff.ofBody("<p>Keep this.</p><p>Cut this.</p>", "<p>Keep this.</p>");

        assertThat(proof(diff)).isEqualTo("Keep this. | [-Cut this.-]");
    }

    @Test
    void listItemsAndQuotesReadAsParagraphs() {
        WordDiff diff = WordDiff.ofBody("<ul><li>One</li><li>Two</li></ul><blockquote><p>Said it.</p></blockquote>",
                "<ul><li>One</li><li>Three</li></ul><blockquote><p>Said it.</p></blockquote>");

        assertThat(proof(diff)).isEqualTo("One | [-Two-] {+Three+} | Said it.");
    }

    @Test
    void emptyBeforeMeansEverythingIsAdded() {
        assertThat(proof(WordDiff.ofText("", "A new dek"))).isEqualTo("{+A new dek+}");
        assertThat(WordDiff.ofText(null, null).getParagraphs()).isEqualTo(List.of());
    }
}
