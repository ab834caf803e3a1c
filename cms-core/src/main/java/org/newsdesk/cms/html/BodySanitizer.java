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
    /** Passes of the allow-list at most, a bound on the cost: 80,000 fuzzed bodies all settled within it. */
    private static final int MAXIMUM_PASSES = 6;

    private BodySanitizer() {
    }

    /**
     * The body as it is stored: the characters Newsdesk keeps ({@link #keptCharacters}, so the
     * sanitizer is safe on its own, whoever calls it), then the allow-list, applied again until
     * what it writes is what a browser reads, then each text in Unicode normalization form C. Found
     * by BodySanitizerFuzzTest, each so that cleaning a stored body again never changes it:
     * <ul>
     * <li>dropping an element can leave what the parser had kept apart nested where HTML does not
     * allow it ({@code <p>a<object><p>b} kept as {@code <p>a<p>b</p></p>}), which a browser, the
     * editor and the next save each read as three paragraphs; and the parser's own repair of
     * misnested tags ({@code <h2><a><h2>}) can make a tree that reads back differently. Each pass
     * writes what the last one reads; a body that needed no change takes one pass, others
     * mostly two;</li>
     * <li>dropping an element joins the texts on either side, whose combining marks then need
     * putting in order again: each text is normalized once it is whole.</li>
     * </ul>
     */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String typed = keptCharacters(html);
        Document kept = CLEANER.clean(Jsoup.parseBodyFragment(typed, CHECK_BASE));
        String written = written(kept);
        if (written.equals(typed)) {
            // nothing dropped or repaired (a stored body sent back, say): it reads back as it is
            return written.strip();
        }
        for (int pass = 2; pass <= MAXIMUM_PASSES; pass++) {
            // read back, the texts a dropped element had kept apart are one text each
            Document again = CLEANER.clean(Jsoup.parseBodyFragment(written, CHECK_BASE));
            String rewritten = written(again);
            kept = again;
            if (rewritten.equals(written)) {
                break;
            }
            written = rewritten;
        }
        for (Element element : kept.body().getAllElements()) {
            for (TextNode text : element.textNodes()) {
                String whole = text.getWholeText();
                if (!Normalizer.isNormalized(whole, Normalizer.Form.NFC)) {
                    text.text(Normalizer.normalize(whole, Normalizer.Form.NFC));
                }
            }
        }
        return written(kept).strip();
    }

    private static String written(Document document) {
        document.outputSettings(OUTPUT);
        return document.body().html();
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
