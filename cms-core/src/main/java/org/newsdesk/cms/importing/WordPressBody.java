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
 */
public final class WordPressBody {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=(\"([^\"]*)\"|'([^']*)')");
    /** The image, possibly inside its link, that a caption holds; what follows it is the caption. */
    private static final Pattern CAPTIONED_IMAGE = Pattern.compile("^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-zA-Z][a-zA-Z0-9_-]*)(?=[\\s\\]/])[^\\]]*\\]");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);
    /** Blocks that are not wrapped in a paragraph of their own. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^<(?:figure|blockquote|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|pre|div|hr|dl|dd|dt|section|aside|address|form|p)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE = Pattern.compile("<pre\\b.*?</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private WordPressBody() {
    }

    /** The body as HTML, and the names of the shortcodes it kept as text (for the report). */
    public record Converted(String html, Set<String> shortcodes) {
    }

    public static Converted convert(String content) {
        String text = content == null ? "" : content.replace("\r\n", "\n").replace('\r', '\n');
        text = BLOCK_COMMENT.matcher(text).replaceAll("");
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
        Matcher caption = CAPTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (caption.find()) {
            String attributes = caption.group(1);
            String inside = caption.group(2);
            Matcher image = CAPTIONED_IMAGE.matcher(inside);
            String figure;
            if (image.matches()) {
                String words = image.group(2).strip();
                Matcher attribute = CAPTION_ATTRIBUTE.matcher(attributes);
                if (words.isEmpty() && attribute.find()) {
                    words = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                }
                figure = "<figure>" + image.group(1).strip() + (words.isEmpty() ? "" : "<figcaption>" + words + "</figcaption>")
                        + "</figure>";
            } else {
                // no image inside: the words stay, without the shortcode around them
                figure = inside;
            }
            caption.appendReplacement(out, Matcher.quoteReplacement(figure));
        }
        caption.appendTail(out);
        return out.toString();
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
        Matcher pre = PRE.matcher(text);
        StringBuilder without = new StringBuilder();
        while (pre.find()) {
            kept.add(pre.group());
            pre.appendReplacement(without, Matcher.quoteReplacement("\n\n<pre wp-pre=\"" + (kept.size() - 1) + "\"></pre>\n\n"));
        }
        pre.appendTail(without);
        // a block element starts and ends a paragraph of its own, as if blank lines stood around it
        String spaced = without.toString()
                .replaceAll("(?i)(<(?:figure|blockquote|ul|ol|h[1-6]|table|pre|div|hr|dl|section|aside)\\b)", "\n\n$1")
                .replaceAll("(?i)(</(?:figure|blockquote|ul|ol|h[1-6]|table|pre|div|dl|section|aside)>|<hr\\s*/?>)", "$1\n\n");
        StringBuilder out = new StringBuilder();
        for (String block : spaced.split("\\n\\s*\\n")) {
            String paragraph = block.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(paragraph).find()) {
                out.append(paragraph).append('\n');
            } else {
                out.append("<p>").append(paragraph.replaceAll("\\s*\\n\\s*", "<br>\n")).append("</p>\n");
            }
        }
        String result = out.toString();
        for (int i = 0; i < kept.size(); i++) {
            result = result.replace("<pre wp-pre=\"" + i + "\"></pre>", kept.get(i));
        }
        return result;
    }
}
