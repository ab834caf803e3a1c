package org.newsdesk.cms.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Random bodies, built from the pieces XSS vectors are made of (tags inside and outside the
 * allow-list, event handlers, script URLs in their disguises, comments, entities, broken nesting)
 * mixed with random Unicode and control characters: what the sanitizer keeps is always safe,
 * always in the allow-list, and stable, so cleaning a stored body again never changes it.
 *
 * <p>Time: 1,000 tries a property, about a second each on one core.
 */
class BodySanitizerFuzzTest {

    /** The allow-list, written out here again: a test that read it from the sanitizer would agree with any mistake. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("p", Set.of()), Map.entry("br", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()), Map.entry("strong", Set.of()), Map.entry("em", Set.of()), Map.entry("b", Set.of()),
            Map.entry("i", Set.of()), Map.entry("blockquote", Set.of("cite")), Map.entry("cite", Set.of()),
            Map.entry("small", Set.of()), Map.entry("ul", Set.of()), Map.entry("ol", Set.of()), Map.entry("li", Set.of()),
            Map.entry("a", Set.of("href", "title")), Map.entry("figure", Set.of()),
            Map.entry("img", Set.of("src", "alt", "width", "height")), Map.entry("figcaption", Set.of()));
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private static final List<String> TAGS = List.of("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "blockquote",
            "cite", "small", "ul", "ol", "li", "a", "figure", "img", "figcaption",
            // outside the list: scripts, frames, forms, embedded documents, raw-text and foreign elements
            "script", "style", "iframe", "frame", "object", "embed", "svg", "math", "template", "noscript", "textarea",
            "title", "xmp", "plaintext", "base", "meta", "link", "form", "input", "button", "select", "table", "td", "div",
            "span", "u", "video", "audio", "source", "marquee", "details", "dialog", "body", "html", "head");
    private static final List<String> ATTRIBUTES = List.of("href", "src", "cite", "title", "alt", "width", "height",
            "onclick", "onerror", "onload", "ONMOUSEOVER", "style", "srcset", "formaction", "xlink:href", "action",
            "background", "data-x", "id", "class");
    private static final List<String> URLS = List.of("https://example.com/a?b=1&c=2", "http://example.com", "/politics/x",
            "mailto:tips@example.com", "tel:+15551234", "//evil.example/x", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
            " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/svg+xml,<svg onload=alert(1)>", "vbscript:msgbox(1)", "\u0000javascript:alert(1)",
            "jav&#x09;ascript:alert(1)", "file:///etc/passwd", "ftp://example.com");

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(URLS), text(12));
        Arbitrary<String> attribute = Combinators.combine(Arbitraries.of(ATTRIBUTES), value, Arbitraries.of("\"", "'", ""))
                .as((name, v, quote) -> " " + name + "=" + quote + v + quote);
        Arbitrary<String> startTag = Combinators.combine(Arbitraries.of(TAGS), attribute.list().ofMaxSize(3),
                        Arbitraries.of(">", "/>", " >", ""))
                .as((tag, attributes, end) -> "<" + cased(tag) + String.join("", attributes) + end);
        Arbitrary<String> endTag = Arbitraries.of(TAGS).map(tag -> "</" + cased(tag) + ">");
        Arbitrary<String> odd = Arbitraries.of("<!--", "-->", "<!-- x -->", "<![CDATA[", "]]>", "&amp;", "&lt;", "&#0;",
                "&#x1F4F0;", "&nbsp;", "&", "<", ">", "\"", "'", "<?xml x?>", "<!DOCTYPE html>", "</", "<<", "\u0000",
                "\u000B", "\r\n", "\u0338", "e\u0301", "\u202E", "\u200F", "\uFEFF", "\uD83D\uDCF0", "\uD800", "\uFFFE");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, startTag), net.jqwik.api.Tuple.of(3, endTag),
                        net.jqwik.api.Tuple.of(3, text(10)), net.jqwik.api.Tuple.of(2, odd))
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** Any Unicode: controls, surrogates (paired or not), non-characters, right-to-left marks, emoji. */
    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().withCharRange('\u0000', '\u00FF').withCharRange('\u0300', '\u036F')
                .withCharRange('\u0590', '\u06FF')
                .withCharRange('\u2000', '\u206F').withCharRange('\uD800', '\uDFFF').withCharRange('\uFFF0', '\uFFFF')
                .withChars("<>&\"'=/ :;abcjavscript").ofMaxLength(maxLength);
    }

    private static String cased(String tag) {
        return tag.hashCode() % 3 == 0 ? tag.toUpperCase(Locale.ROOT) : tag;
    }

    @Property(tries = 1000)
    void whatIsKeptIsInTheAllowListAndRunsNothing(@ForAll("bodies") String typed) {
        String clean = BodySanitizer.clean(typed);

        assertThat(clean.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<style", "<iframe", "<svg", "<object", "<embed");
        for (Element element : Jsoup.parseBodyFragment(clean).body().select("*")) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(ALLOWED).as("element <%s> in %s", element.tagName(), clean).containsKey(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(ALLOWED.get(element.tagName())).as("attribute %s of <%s> in %s", name, element.tagName(), clean)
                        .contains(name);
                if (URL_ATTRIBUTES.contains(name)) {
                    assertSafeUrl(attribute.getValue(), clean);
                }
            }
        }
    }

    /** A link or image points at the web, mail or a phone, or is relative: never a script or an inline document. */
    private static void assertSafeUrl(String url, String clean) {
        // what a browser does before it reads the scheme: drop controls and spaces around and tabs and newlines inside
        // then a scheme is letters, digits, + . - from a letter up to a colon; anything else is a relative address
        String seen = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        java.util.regex.Matcher scheme = java.util.regex.Pattern.compile("^([a-z][a-z0-9+.-]*):").matcher(seen);
        if (scheme.find()) {
            assertThat(SCHEMES).as("the scheme of %s in %s", url, clean).contains(scheme.group(1));
        }
    }

    @Property(tries = 1000)
    void cleaningWhatIsKeptChangesNothing(@ForAll("bodies") String typed) {
        String clean = BodySanitizer.clean(typed);

        assertThat(BodySanitizer.clean(clean)).isEqualTo(clean);
    }

    /**
     * What is kept is a fragment a browser reads as it is written: parsed and written out again it
     * is the same text, so the page, the editor and the next save all see one structure.
     */
    @Property(tries = 1000)
    void whatIsKeptParsesAsItIsWritten(@ForAll("bodies") String typed) {
        String clean = BodySanitizer.clean(typed);

        Document parsed = Jsoup.parseBodyFragment(clean);
        parsed.outputSettings().prettyPrint(false);
        assertThat(parsed.body().html()).isEqualTo(clean);
    }

    /**
     * Nothing readers see is made up: the text is at most what was typed. The markup may grow
     * (escapes, closed tags, formatting a browser carries across paragraphs), but boundedly.
     */
    @Property(tries = 1000)
    void whatIsKeptIsBoundedByWhatWasTyped(@ForAll("bodies") String typed) {
        String clean = BodySanitizer.clean(typed);

        assertThat(Jsoup.parseBodyFragment(clean).body().text().length()).isLessThanOrEqualTo(typed.length());
        assertThat(clean.length()).isLessThanOrEqualTo(64 * typed.length());
    }
}
