package org.newsdesk.cms.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    private BodySanitizer() {
    }

    /**
     * The body as it is stored: the characters Newsdesk keeps ({@link Characters#clean}, so the
     * sanitizer is safe on its own, whoever calls it), then the allow-list, applied twice. Dropping
     * an element can leave what the parser had kept apart nested where HTML does not allow it
     * ({@code <p>a<object><p>b} kept as {@code <p>a<p>b</p></p>}), which a browser, the editor
     * and the next save would each read as three paragraphs; the second pass writes what they
     * read, so cleaning a stored body again never changes it (BodySanitizerFuzzTest).
     */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String once = Jsoup.clean(Characters.clean(html), CHECK_BASE, BODY, OUTPUT);
        return Jsoup.clean(once, CHECK_BASE, BODY, OUTPUT).strip();
    }
}
