package org.newsdesk.cms.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a person typed into a search box, read the way a search box promises: words in quotes are a
 * phrase, a word starting with {@code -} is left out, and everything else is literal text. No
 * query syntax reaches the engine ({@code title:}, {@code *:*}, brackets, wildcards, {@code AND}
 * are just characters), so no input can fail or name a field; an unclosed quote runs to the end.
 * Long input is cut at {@link #MAXIMUM_LENGTH} characters, at a space where there is one.
 *
 * @param words    plain words, each of which a story must contain
 * @param phrases  phrases a story must contain, word for word
 * @param excluded words (or phrases) no found story may contain
 */
public record QueryText(List<String> words, List<String> phrases, List<String> excluded) {

    /** Enough for any sentence someone means to search for; more only costs the engine. */
    public static final int MAXIMUM_LENGTH = 200;
    /** More terms than anyone types; a pasted paragraph is cut here. */
    static final int MAXIMUM_TERMS = 32;

    public static final QueryText EMPTY = new QueryText(List.of(), List.of(), List.of());

    public QueryText {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    public static QueryText parse(String typed) {
        if (typed == null) {
            return EMPTY;
        }
        String text = typed.strip();
        if (text.length() > MAXIMUM_LENGTH) {
            // at a space where there is one, so that the last word is not cut into another
            int space = text.lastIndexOf(' ', MAXIMUM_LENGTH);
            text = text.substring(0, space > 0 ? space : MAXIMUM_LENGTH);
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int i = 0;
        while (i < text.length() && words.size() + phrases.size() + excluded.size() < MAXIMUM_TERMS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean exclude = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = exclude ? i + 1 : i;
            if (start < text.length() && isQuote(text.charAt(start))) {
                int end = start + 1;
                while (end < text.length() && !isQuote(text.charAt(end))) {
                    end++;
                }
                String phrase = clean(text.substring(start + 1, end));
                if (!phrase.isEmpty()) {
                    (exclude ? excluded : phrases).add(phrase);
                }
                i = end + 1;
                continue;
            }
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && !isQuote(text.charAt(end))) {
                end++;
            }
            String word = clean(text.substring(start, end));
            if (!word.isEmpty()) {
                (exclude ? excluded : words).add(word);
            }
            i = end;
        }
        return new QueryText(words, phrases, excluded);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    /** Control characters and the marks the highlighter uses are never part of a query. */
    private static String clean(String text) {
        return text.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.PRIVATE_USE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip().replaceAll("\\s+", " ");
    }

    /** Whether there is anything a story must contain; exclusions alone find nothing. */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** The same query with one plain word replaced, for "did you mean". */
    public QueryText withWord(String word, String replacement) {
        return new QueryText(words.stream().map(w -> w.equals(word) ? replacement : w).toList(), phrases, excluded);
    }

    /** The query as someone would type it, which {@link #parse} reads back to the same query. */
    public String typed() {
        return Stream.of(words.stream(),
                        phrases.stream().map(p -> '"' + p + '"'),
                        excluded.stream().map(e -> e.contains(" ") ? "-\"" + e + '"' : "-" + e))
                .flatMap(s -> s)
                .collect(Collectors.joining(" "));
    }

    /** The words in lower case, for comparing a query with another. */
    public List<String> lowerCaseWords() {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
