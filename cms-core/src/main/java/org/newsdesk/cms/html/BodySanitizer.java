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
 * <p>Pictures have one shape: {@code <figure><img src alt width height><figcaption>caption
 * <small>credit</small></figcaption></figure>} (the caption optional), or an {@code <img>} on its
 * own. An {@code <img>} needs an {@code alt} attribute, and its {@code src} is either a rendition of
 * the media library by its path ({@value #PICTURES}{@code 12-w640-0123456789abcdef.jpg}, which the
 * article page turns into a {@code srcset}) or an absolute {@code http(s)} address, as stories
 * imported without their pictures keep; any other is dropped. A figure of another shape is
 * unwrapped (its contents kept), and a caption outside a figure becomes a paragraph.
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

    /** The path, from the site's root, of the media library's renditions: the one relative picture address kept. */
    public static final String PICTURES = "/media/";

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
        Document kept = shapePictures(CLEANER.clean(Jsoup.parseBodyFragment(typed, CHECK_BASE)));
        String written = written(kept);
        if (written.equals(typed)) {
            // nothing dropped or repaired (a stored body sent back, say): it reads back as it is
            return written.strip();
        }
        for (int pass = 2; pass <= MAXIMUM_PASSES; pass++) {
            // read back, the texts a dropped element had kept apart are one text each
            Document again = shapePictures(CLEANER.clean(Jsoup.parseBodyFragment(written, CHECK_BASE)));
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

    /**
     * Whether a typed body has an {@code <img>} without {@code alt}, which {@link #clean} drops: a
     * save refuses it with a word at the body instead, so the picture is not lost unnoticed.
     */
    public static boolean hasPictureWithoutAlt(String html) {
        if (html == null || !html.toLowerCase(java.util.Locale.ROOT).contains("<img")) {
            return false;
        }
        return Jsoup.parseBodyFragment(html).body().select("img").stream().anyMatch(img -> !img.hasAttr("alt"));
    }

    /** The pictures' rules (see the class comment) on what the allow-list kept. */
    private static Document shapePictures(Document document) {
        for (Element img : document.body().select("img")) {
            if (!isKeptPicture(img)) {
                img.remove();
                continue;
            }
            for (String size : new String[] {"width", "height"}) {
                if (img.hasAttr(size) && !img.attr(size).matches("[1-9][0-9]{0,4}")) {
                    img.removeAttr(size);
                }
            }
        }
        for (Element figure : document.body().select("figure")) {
            if (!isPictureFigure(figure)) {
                figure.unwrap();
            }
        }
        for (Element caption : document.body().select("figcaption")) {
            Element parent = caption.parent();
            if (parent == null || !"figure".equals(parent.normalName())) {
                if (caption.children().stream().anyMatch(Element::isBlock)) {
                    caption.unwrap();
                } else {
                    caption.tagName("p");
                }
            }
        }
        return document;
    }

    private static boolean isKeptPicture(Element img) {
        if (!img.hasAttr("alt")) {
            return false;
        }
        String src = img.attr("src");
        if (src.startsWith(PICTURES)) {
            return RenditionNames.FILE_NAME.matcher(src.substring(PICTURES.length())).matches();
        }
        String lower = src.toLowerCase(java.util.Locale.ROOT);
        // the allow-list has checked the protocol of an absolute address; a relative one is not ours to guess
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Exactly a picture, then at most its caption: nothing else in between or around, but white space. */
    private static boolean isPictureFigure(Element figure) {
        if (figure.textNodes().stream().anyMatch(text -> !text.isBlank())) {
            return false;
        }
        var children = figure.children();
        if (children.isEmpty() || children.size() > 2 || !"img".equals(children.get(0).normalName())) {
            return false;
        }
        return children.size() == 1 || "figcaption".equals(children.get(1).normalName());
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
