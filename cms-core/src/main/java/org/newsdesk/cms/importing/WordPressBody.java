package org.newsdesk.cms.importing;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's {@code content:encoded} as story body HTML, before the editor's sanitizer (which the
 * save applies, as to anything typed): Gutenberg's block comments go, {@code [caption]} shortcodes
 * become {@code <figure>} with {@code <figcaption>}, and classic content written without
 * {@code <p>} gets WordPress's own paragraph rules (its {@code wpautop}: a blank line ends a
 * paragraph, a single line break is a {@code <br>}). Other shortcodes are kept as text and named,
 * for the report.
 *
 * <p>The body is untrusted: every step is linear in its length (plain searches, possessive
 * quantifiers, line by line), so no body makes a regex backtrack for minutes.
 */
public final class WordPressBody {

    /** The longest body converted: as long as the reader takes ({@link WxrReader#CONTENT_MAXIMUM}). */
    static final int CONTENT_MAXIMUM = WxrReader.CONTENT_MAXIMUM;
    private static final Pattern BLOCK_COMMENT_START = Pattern.compile("\\G<!--\\s*+/?wp:");
    /** Longer caption attributes are not searched for a caption (a real one is a line). */
    private static final int CAPTION_ATTRIBUTES_READ = 10_000;
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=(\"([^\"]*)\"|'([^']*)')");
    /** The image, possibly inside its link, that a caption holds; what follows it is the caption. */
    private static final Pattern CAPTIONED_IMAGE = Pattern.compile("^\\s*+((?:<a\\b[^>]*+>\\s*+)?<img\\b[^>]*+>(?:\\s*+</a>)?)(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-zA-Z][a-zA-Z0-9_-]*+)(?=[\\s\\]/])[^\\]\\[]*+\\]");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);
    /** Blocks that are not wrapped in a paragraph of their own. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^<(?:figure|blockquote|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|pre|div|hr|dl|dd|dt|section|aside|address|form|p)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE_MARKER = Pattern.compile("<pre wp-pre=\"([0-9]{1,9})\"></pre>");
    private static final Pattern PRE_START = Pattern.compile("\\G<pre\\b", Pattern.CASE_INSENSITIVE);

    private WordPressBody() {
    }

    /** The body as HTML, and the names of the shortcodes it kept as text (for the report). */
    public record Converted(String html, Set<String> shortcodes) {
    }

    /** @throws WxrRefusedException for a body longer than {@link #CONTENT_MAXIMUM}, before any work on it */
    public static Converted convert(String content) {
        if (content != null && content.length() > CONTENT_MAXIMUM) {
            throw new WxrRefusedException(String.format(Locale.ROOT, "Its body has %,d characters; a story holds at most %,d.",
                    content.length(), org.newsdesk.cms.article.ArticleDraft.BODY_MAXIMUM));
        }
        String text = content == null ? "" : content.replace("\r\n", "\n").replace('\r', '\n');
        text = withoutBlockComments(text);
        text = captions(text);
        Set<String> shortcodes = new LinkedHashSet<>();
        Matcher shortcode = SHORTCODE.matcher(text);
        while (shortcode.find()) {
            if (shortcode.group(1).isEmpty()) {
                shortcodes.add(shortcode.group(2).toLowerCase(Locale.ROOT));
            }
        }
        if (!PARAGRAPH_TAG.matcher(text).find()) {
            text = autop(text);
        }
        return new Converted(text.strip(), shortcodes);
    }

    /** {@code [caption id=".." align=".." width=".."]<img ...> The caption[/caption]}, or the caption in its attribute. */
    static String captions(String text) {
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (true) {
            int open = indexOfIgnoringCase(text, "[caption", done);
            int openEnd = open < 0 ? -1 : text.indexOf(']', open);
            // the first "]" after "[caption" ends its attributes, as [^\]]* did; no closing tag
            // after it means none after any later opening either
            int close = openEnd < 0 ? -1 : indexOfIgnoringCase(text, "[/caption]", openEnd + 1);
            if (close < 0) {
                break;
            }
            String attributes = text.substring(open + "[caption".length(), openEnd);
            String inside = text.substring(openEnd + 1, close);
            Matcher image = CAPTIONED_IMAGE.matcher(inside);
            String figure;
            if (image.matches()) {
                String words = image.group(2).strip();
                Matcher attribute = CAPTION_ATTRIBUTE.matcher(attributes.length() > CAPTION_ATTRIBUTES_READ ? "" : attributes);
                if (words.isEmpty() && attribute.find()) {
                    words = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                }
                figure = "<figure>" + image.group(1).strip() + (words.isEmpty() ? "" : "<figcaption>" + words + "</figcaption>")
                        + "</figure>";
            } else {
                // no image inside: the words stay, without the shortcode around them
                figure = inside;
            }
            out.append(text, done, open).append(figure);
            done = close + "[/caption]".length();
        }
        return out.append(text, done, text.length()).toString();
    }

    /** Gutenberg's {@code <!-- wp:... -->} and {@code <!-- /wp:... -->}; other comments stay. */
    static String withoutBlockComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher start = BLOCK_COMMENT_START.matcher(text);
        int done = 0;
        int from = 0;
        while (true) {
            int open = text.indexOf("<!--", from);
            if (open < 0) {
                break;
            }
            if (!start.find(open)) {
                from = open + 4;
                continue;
            }
            int close = text.indexOf("-->", start.end());
            if (close < 0) {
                break;
            }
            out.append(text, done, open);
            done = close + 3;
            from = done;
        }
        return out.append(text, done, text.length()).toString();
    }

    private static int indexOfIgnoringCase(String text, String needle, int from) {
        char first = Character.toLowerCase(needle.charAt(0));
        for (int i = Math.max(from, 0); i <= text.length() - needle.length(); i++) {
            if (Character.toLowerCase(text.charAt(i)) == first && text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * WordPress's paragraph rules, for content written without {@code <p>}: text between blank
     * lines is a paragraph, a single line break inside one is a {@code <br>}; a block element
     * (a figure, a quote, a list, a heading) stands on its own. Preformatted text keeps its breaks.
     */
    static String autop(String text) {
        if (text.isBlank()) {
            return "";
        }
        // preformatted blocks keep their line breaks: set aside, put back after
        java.util.List<String> kept = new java.util.ArrayList<>();
        StringBuilder without = new StringBuilder();
        Matcher preStart = PRE_START.matcher(text);
        int done = 0;
        int from = 0;
        while (true) {
            int open = indexOfIgnoringCase(text, "<pre", from);
            if (open < 0) {
                break;
            }
            if (!preStart.find(open)) {
                from = open + 4;
                continue;
            }
            int close = indexOfIgnoringCase(text, "</pre>", open + 4);
            if (close < 0) {
                break;
            }
            kept.add(text.substring(open, close + 6));
            without.append(text, done, open).append("\n\n<pre wp-pre=\"").append(kept.size() - 1).append("\"></pre>\n\n");
            done = close + 6;
            from = done;
        }
        without.append(text, done, text.length());
        // a block element starts and ends a paragraph of its own, as if blank lines stood around it
        String spaced = without.toString()
                .replaceAll("(?i)(<(?:figure|blockquote|ul|ol|h[1-6]|table|pre|div|hr|dl|section|aside)\\b)", "\n\n$1")
                .replaceAll("(?i)(</(?:figure|blockquote|ul|ol|h[1-6]|table|pre|div|dl|section|aside)>|<hr\\s*/?>)", "$1\n\n");
        StringBuilder out = new StringBuilder();
        // line by line: a blank line ends a paragraph; inside one, each line break is a <br>
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : spaced.split("\n", -1)) {
            String words = stripped(line);
            if (words.isEmpty()) {
                paragraph(lines, out);
            } else {
                lines.add(words);
            }
        }
        paragraph(lines, out);
        if (kept.isEmpty()) {
            return out.toString();
        }
        // in one pass: a replace per block would read the body once per block
        Matcher marker = PRE_MARKER.matcher(out);
        StringBuilder result = new StringBuilder(out.length());
        while (marker.find()) {
            int index = Integer.parseInt(marker.group(1));
            marker.appendReplacement(result, Matcher.quoteReplacement(index < kept.size() ? kept.get(index) : ""));
        }
        marker.appendTail(result);
        return result.toString();
    }

    private static void paragraph(java.util.List<String> lines, StringBuilder out) {
        if (lines.isEmpty()) {
            return;
        }
        String first = lines.get(0);
        if (BLOCK_START.matcher(first).find()) {
            out.append(String.join("\n", lines)).append('\n');
        } else {
            out.append("<p>").append(String.join("<br>\n", lines)).append("</p>\n");
        }
        lines.clear();
    }

    /** Without the white space of regex {@code \s} at either end. */
    private static String stripped(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
