package org.newsdesk.cms.web.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A word-level comparison of two texts, as editors read a marked-up proof: words kept, words cut,
 * words added, paragraph by paragraph. The matching itself is java-diff-utils' Myers diff over
 * words; this class only splits texts into words and groups the result for display.
 */
public final class WordDiff {

    /** Stands between paragraphs in the word list, so a new paragraph is a change too. */
    private static final String PARAGRAPH = "\n";

    /** Block elements of a body whose text reads as one paragraph. */
    private static final String BLOCKS = "p, h2, h3, h4, blockquote, li, figcaption, pre";

    public enum Change { KEPT, REMOVED, ADDED }

    /** A run of words with the same fate. */
    public record Words(Change change, String text) {
        public boolean isKept() {
            return change == Change.KEPT;
        }

        public boolean isRemoved() {
            return change == Change.REMOVED;
        }

        public boolean isAdded() {
            return change == Change.ADDED;
        }
    }

    /** One paragraph of the comparison. */
    public record Paragraph(List<Words> words) {
    }

    private final List<Paragraph> paragraphs;
    private final boolean changed;

    private WordDiff(List<Paragraph> paragraphs, boolean changed) {
        this.paragraphs = paragraphs;
        this.changed = changed;
    }

    /** Compares plain texts (a headline, a dek). */
    public static WordDiff ofText(String before, String after) {
        return compare(words(before), words(after));
    }

    /** Compares article bodies by what readers read: the text of each paragraph, not the markup. */
    public static WordDiff ofBody(String beforeHtml, String afterHtml) {
        return compare(bodyWords(beforeHtml), bodyWords(afterHtml));
    }

    public List<Paragraph> getParagraphs() {
        return paragraphs;
    }

    public boolean isChanged() {
        return changed;
    }

    private static WordDiff compare(List<String> before, List<String> after) {
        List<Words> runs = new ArrayList<>();
        int kept = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            add(runs, Change.KEPT, before.subList(kept, delta.getSource().getPosition()));
            add(runs, Change.REMOVED, delta.getSource().getLines());
            add(runs, Change.ADDED, delta.getTarget().getLines());
            kept = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(runs, Change.KEPT, before.subList(kept, before.size()));
        boolean changed = runs.stream().anyMatch(run -> !run.isKept());
        return new WordDiff(paragraphs(runs), changed);
    }

    /** Adds words to the runs, starting a new paragraph-marker run at each paragraph break. */
    private static void add(List<Words> runs, Change change, List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (word.equals(PARAGRAPH)) {
                flush(runs, change, text);
                runs.add(new Words(change, PARAGRAPH));
            } else {
                text.append(text.length() == 0 ? "" : " ").append(word);
            }
        }
        flush(runs, change, text);
    }

    private static void flush(List<Words> runs, Change change, StringBuilder text) {
        if (text.length() > 0) {
            runs.add(new Words(change, text.toString()));
            text.setLength(0);
        }
    }

    private static List<Paragraph> paragraphs(List<Words> runs) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Words> current = new ArrayList<>();
        for (Words run : runs) {
            if (run.text().equals(PARAGRAPH)) {
                if (!current.isEmpty()) {
                    paragraphs.add(new Paragraph(List.copyOf(current)));
                    current.clear();
                }
            } else {
                current.add(run);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(new Paragraph(List.copyOf(current)));
        }
        return paragraphs;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.strip().split("\\s+"));
    }

    private static List<String> bodyWords(String html) {
        List<String> words = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return words;
        }
        List<Element> blocks = Jsoup.parseBodyFragment(html).body().select(BLOCKS).stream()
                // a list item's paragraph, or a quote's, is read once
                .filter(block -> block.select(BLOCKS).size() == 1)
                .toList();
        if (blocks.isEmpty()) {
            return new ArrayList<>(words(Jsoup.parseBodyFragment(html).text()));
        }
        for (Element block : blocks) {
            if (!words.isEmpty()) {
                words.add(PARAGRAPH);
            }
            words.addAll(words(block.text()));
        }
        return words;
    }
}
