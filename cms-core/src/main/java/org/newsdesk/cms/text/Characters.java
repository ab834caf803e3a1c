package org.newsdesk.cms.text;

import java.text.Normalizer;

/**
 * Which characters Newsdesk keeps of what people type or paste. Word's Shift+Enter (a vertical
 * tab), a NUL from a broken export or a stray control from a PDF are invisible in the editor, but
 * XML 1.0 forbids them, so one of them in a headline would take every feed down, and HTML
 * validators reject them. Text is cleaned once, on input, and every XML writer cleans what it
 * writes again, so a story saved before this rule cannot break a feed either.
 *
 * <ul>
 * <li>line ends become {@code \n} (browsers post {@code \r\n}; a save that changes nothing must
 * store the same bytes);</li>
 * <li>a vertical tab or form feed (a line or page break in a word processor) becomes a space;</li>
 * <li>other control characters (C0 but tab and line feed, DEL, C1), unpaired surrogates and the
 * non-characters U+FFFE and U+FFFF are dropped;</li>
 * <li>the rest is put in Unicode normalization form C, so "é" typed and "é" pasted are one word to
 * search, sort and compare.</li>
 * </ul>
 */
public final class Characters {

    private Characters() {
    }

    /** {@code text} as Newsdesk keeps it; null stays null. */
    public static String clean(String text) {
        if (text == null || text.isEmpty() || isClean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                kept.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u000B' || c == '\u000C') {
                kept.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!isDropped(c)) {
                kept.append(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** A field as typed: cleaned, without the spaces around it; empty for nothing typed at all. */
    public static String field(String typed) {
        return typed == null ? "" : clean(typed).strip();
    }

    /** Nothing to change: the common case, answered without copying. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == '\r' || c == '\u000B' || c == '\u000C' || isDropped(c)) {
                return false;
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** A character no text keeps (a paired surrogate is handled before this is asked). */
    private static boolean isDropped(char c) {
        return c < 0x20 && c != '\t' && c != '\n'
                || c >= 0x7F && c <= 0x9F
                || Character.isSurrogate(c)
                || c == '\uFFFE' || c == '\uFFFF';
    }
}
