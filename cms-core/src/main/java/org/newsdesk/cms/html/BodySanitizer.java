package org.newsdesk.cms.html;

import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.newsdesk.cms.text.Characters;

/**
 * Cleans an article body on save, so what is stored is safe to print as HTML. The markup a story
 * needs survives (paragraphs, subheadings, emphasis, links, quotes, lists, images with captions);
 * scripts, styles, event handlers, frames and {@code javascript:} URLs never do.
 *
 * <p>jsoup's {@link Safelist} is an allow-list maintained against current XSS vectors, which a
 * hand-written filter would have to chase on its own.
 */
public final class BodySanitizer {

    /** Relative links ("/politics/...") are kept; they are resolved against this only to be checked. */
    private static final String CHECK_BASE = "https://newsdesk.invalid/";

    private static final Safelist BODY = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "blockquote", "cite", "small",
                    "ul", "ol", "li", "a", "figure", "img", "figcaption")
            .addAttributes("a", "href", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("img", "src", "alt", "width", "height")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Cleaner CLEANER = new Cleaner(BODY);

    private BodySanitizer() {
    }

    /**
     * The body as it is stored: the characters Newsdesk keeps ({@link Characters#clean}, so the
     * sanitizer is safe on its own, whoever calls it), then the allow-list, applied twice, then
     * each text in Unicode normalization form C. Found by BodySanitizerFuzzTest, each so that
     * cleaning a stored body again never changes it:
     * <ul>
     * <li>dropping an element can leave what the parser had kept apart nested where HTML does not
     * allow it ({@code <p>a<object><p>b} kept as {@code <p>a<p>b</p></p>}), which a browser, the
     * editor and the next save each read as three paragraphs: the second pass writes what they read;</li>
     * <li>dropping an element joins the texts on either side, whose combining marks then need
     * putting in order again: each text is normalized once it is whole;</li>
     * <li>normalizing the whole body at once would join a combining long solidus (U+0338) to the
     * {@code >} of the tag before it ({@code ≯}, and the tag is gone): written as a character
     * reference there, it stays in the text.</li>
     * </ul>
     */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document once = CLEANER.clean(Jsoup.parseBodyFragment(keptCharacters(html), CHECK_BASE));
        once.outputSettings(OUTPUT);
        Document twice = CLEANER.clean(Jsoup.parseBodyFragment(once.body().html(), CHECK_BASE));
        for (Element element : twice.body().getAllElements()) {
            for (TextNode text : element.textNodes()) {
                String whole = text.getWholeText();
                if (!Normalizer.isNormalized(whole, Normalizer.Form.NFC)) {
                    text.text(Normalizer.normalize(whole, Normalizer.Form.NFC));
                }
            }
        }
        twice.outputSettings(OUTPUT);
        return twice.body().html().strip();
    }

    /**
     * A body's characters as Newsdesk keeps them ({@link Characters#clean}), markup left whole: a
     * combining long solidus (U+0338) right after a {@code >} or {@code =} would otherwise be
     * normalized into one character with it ({@code ≯}, {@code ≠}), taking the tag with it. Written
     * as a character reference there, it stays a mark in the text. Null stays null.
     */
    public static String keptCharacters(String html) {
        return html == null ? null : Characters.clean(html.replace(">\u0338", ">&#x338;").replace("=\u0338", "=&#x338;"));
    }
}
