package org.newsdesk.cms.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

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

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, CHECK_BASE, BODY, OUTPUT).strip();
    }
}
