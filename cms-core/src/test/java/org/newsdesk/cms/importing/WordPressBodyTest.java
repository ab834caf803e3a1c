package org.newsdesk.cms.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.html.BodySanitizer;

class WordPressBodyTest {

    @Test
    void gutenbergBlockCommentsAreRemovedAndItsParagraphsKept() {
        String html = WordPressBody.convert("""
                <!-- wp:paragraph -->
                <p>One.</p>
                <!-- /wp:paragraph -->

                <!-- wp:image {"id":7,"sizeSlug":"large"} -->
                <figure class="wp-block-image"><img src="a.jpg" alt=""/></figure>
                <!-- /wp:image -->""").html();

        assertThat(html).doesNotContain("wp:").doesNotContain("<!--");
        assertThat(html).contains("<p>One.</p>").contains("<figure class=\"wp-block-image\">");
        // already in paragraphs: no <br> is added between the blocks
        assertThat(html).doesNotContain("<br>");
    }

    @Test
    void classicContentGetsWordPressParagraphRules() {
        String html = WordPressBody.convert("First line\nsecond line\n\nNew paragraph.\n\n\n\nAnother.").html();

        assertThat(html).isEqualTo("<p>First line<br>\nsecond line</p>\n<p>New paragraph.</p>\n<p>Another.</p>");
    }

    @Test
    void blockElementsInClassicContentAreNotWrappedInParagraphs() {
        String html = WordPressBody.convert("Intro.\n<blockquote>Said.</blockquote>\nAfter.\n\n<ul>\n<li>a</li>\n</ul>").html();

        assertThat(html).contains("<p>Intro.</p>").contains("<blockquote>Said.</blockquote>").contains("<p>After.</p>")
                .doesNotContain("<p><blockquote>").doesNotContain("<p><ul>");
    }

    @Test
    void preformattedTextKeepsItsLineBreaks() {
        String html = WordPressBody.convert("Code:\n\n<pre>a\nb\n\nc</pre>").html();

        assertThat(html).contains("<pre>a\nb\n\nc</pre>").doesNotContain("a<br>");
    }

    @Test
    void aCaptionShortcodeBecomesAFigureWithItsCaption() {
        String html = WordPressBody.convert("[caption id=\"attachment_7\" align=\"alignnone\" width=\"300\"]"
                + "<img src=\"https://x.example/ferry.jpg\" alt=\"The ferry\" width=\"300\" /> The ferry leaves the dock.[/caption]").html();

        assertThat(html).isEqualTo("<figure><img src=\"https://x.example/ferry.jpg\" alt=\"The ferry\" width=\"300\" />"
                + "<figcaption>The ferry leaves the dock.</figcaption></figure>");
    }

    @Test
    void aCaptionInTheAttributeAndALinkedImageAreKept() {
        String html = WordPressBody.convert("[caption caption=\"At dawn\"]<a href=\"big.jpg\"><img src=\"small.jpg\" alt=\"\"></a>[/caption]")
                .html();

        assertThat(html).isEqualTo("<figure><a href=\"big.jpg\"><img src=\"small.jpg\" alt=\"\"></a><figcaption>At dawn</figcaption></figure>");
    }

    @Test
    void theFigureSurvivesTheEditorsSanitizer() {
        String html = BodySanitizer.clean(WordPressBody.convert("Before.\n\n[caption]<img src=\"https://x.example/a.jpg\" alt=\"A\"> Words[/caption]")
                .html());

        assertThat(html).contains("<figure>").contains("<figcaption>Words</figcaption>").contains("<p>Before.</p>");
    }

    @Test
    void otherShortcodesStayAsTextAndAreNamed() {
        WordPressBody.Converted converted = WordPressBody.convert("Tickets [price amount=\"2\"] and [gallery ids=\"1,2\"] and [embed]x[/embed].");

        assertThat(converted.html()).contains("[price amount=\"2\"]").contains("[gallery ids=\"1,2\"]");
        assertThat(converted.shortcodes()).containsExactly("price", "gallery", "embed");
    }

    /**
     * Bodies built to make backtracking regexes take minutes: openings without their ends, long
     * white space runs, shortcode openings without a bracket. Each near the longest body taken.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.SECONDS)
    void hostileBodiesAreConvertedInLinearTime() {
        int n = WordPressBody.CONTENT_MAXIMUM / 10;
        java.util.List<String> hostile = java.util.List.of(
                "<!-- wp:x ".repeat(n / 10),
                "[caption ".repeat(n / 9) + "]" + "[caption]".repeat(n / 9),
                "[a ".repeat(n / 3),
                "<pre ".repeat(n / 5),
                "x\n" + " ".repeat(n) + "\n" + " \n".repeat(n / 2) + "y",
                "[caption caption=\"".repeat(n / 20) + "][/caption]");
        for (String body : hostile) {
            assertThat(WordPressBody.convert(body).html()).isNotNull();
        }
    }

    @Test
    void aBodyLongerThanTheReaderTakesIsRefusedBeforeConverting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordPressBody.convert("x".repeat(WordPressBody.CONTENT_MAXIMUM + 1)))
                .isInstanceOf(WxrRefusedException.class).hasMessageContaining("a story holds at most 1,000,000");
    }

    @Test
    void manyPreformattedBlocksComeBackInTheirPlaces() {
        String html = WordPressBody.convert("One\n\n<pre>a\n b</pre>\n\nTwo\n\n<PRE class=\"c\">c\n\nd</PRE>\nThree").html();
        assertThat(html).isEqualTo("<p>One</p>\n<pre>a\n b</pre>\n<p>Two</p>\n<PRE class=\"c\">c\n\nd</PRE>\n<p>Three</p>");
    }
}
