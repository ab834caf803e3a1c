package org.newsdesk.cms.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one shape of a picture in a story's body (issue 13), as the sanitizer keeps it. */
class BodyPicturesTest {

    private static final String RENDITION = "/media/12-w640-0123456789abcdef.jpg";

    @Test
    void theLibrarysFigureSurvivesAsItIs() {
        String figure = BodyFigure.html(RENDITION, "Ferry at the dock", 640, 427, "The 6:10 leaves.", "Photo: Ana Lens");

        assertThat(figure).isEqualTo("<figure><img src=\"/media/12-w640-0123456789abcdef.jpg\" alt=\"Ferry at the dock\" width=\"640\""
                + " height=\"427\"><figcaption>The 6:10 leaves. <small>Photo: Ana Lens</small></figcaption></figure>");
        String body = "<p>Before.</p>" + figure + "<p>After.</p>";
        assertThat(BodySanitizer.clean(body)).isEqualTo(body);
    }

    @Test
    void captionAndCreditAreEscapedTextNotMarkup() {
        String figure = BodyFigure.html(RENDITION, "A \"quote\" & <b>", 640, 427, "<script>alert(1)</script>", null);

        Element img = Jsoup.parseBodyFragment(figure).selectFirst("figure > img");
        assertThat(img.attr("alt")).isEqualTo("A \"quote\" & <b>");
        assertThat(Jsoup.parseBodyFragment(figure).select("script")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(figure).selectFirst("figcaption").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(BodySanitizer.clean(figure)).isEqualTo(figure);
    }

    @Test
    void aFigureWithoutCaptionOrCreditHasNoFigcaption() {
        assertThat(BodyFigure.html(RENDITION, "Ferry", 640, 427, " ", null)).doesNotContain("figcaption");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/media/12-w640-0123456789abcdef.jpg.png", "/media/../admin/x.jpg", "/admin/media/12", "ferry.jpg",
            "/media/12-w640-XYZ.jpg", "//evil.example/x.jpg", "data:image/png;base64,iVBORw0KGgo="})
    void aPictureFromAnywhereButTheLibraryOrAWebAddressIsDropped(String src) {
        String cleaned = BodySanitizer.clean("<p>Before</p><figure><img src=\"" + src + "\" alt=\"A\"><figcaption>Words</figcaption></figure>");

        assertThat(cleaned).doesNotContain("<img").doesNotContain("<figure").doesNotContain("<figcaption");
        assertThat(cleaned).isEqualTo("<p>Before</p><p>Words</p>");
    }

    @Test
    void anImportedPictureKeepsItsWebAddress() {
        String body = "<figure><img src=\"https://old.example.com/wp-content/uploads/2019/05/ferry.jpg\" alt=\"\"></figure>";

        assertThat(BodySanitizer.clean(body)).isEqualTo(body);
    }

    @Test
    void aPictureWithoutAltIsDroppedAndTheSaveSaysSo() {
        String typed = "<p>Before</p><img src=\"" + RENDITION + "\">";

        assertThat(BodySanitizer.clean(typed)).isEqualTo("<p>Before</p>");
        assertThat(BodySanitizer.hasPictureWithoutAlt(typed)).isTrue();
        assertThat(BodySanitizer.hasPictureWithoutAlt("<p>Before</p><img src=\"" + RENDITION + "\" alt=\"\">")).isFalse();
        assertThat(BodySanitizer.hasPictureWithoutAlt("<p>No pictures</p>")).isFalse();
    }

    @Test
    void aFigureOfAnotherShapeIsUnwrappedAndNothingInItIsLost() {
        String cleaned = BodySanitizer.clean("<figure><p>A chart</p><img src=\"" + RENDITION + "\" alt=\"Chart\">"
                + "<figcaption>Votes by district</figcaption></figure>");

        assertThat(cleaned).doesNotContain("<figure").doesNotContain("<figcaption")
                .contains("<p>A chart</p>", "<img src=\"" + RENDITION + "\" alt=\"Chart\">", "<p>Votes by district</p>");
        assertThat(BodySanitizer.clean(cleaned)).isEqualTo(cleaned);
    }

    @Test
    void aLinkedPictureLosesItsFigureButKeepsItsLink() {
        String cleaned = BodySanitizer.clean("<figure><a href=\"https://x.example/big.jpg\"><img src=\"https://x.example/a.jpg\" alt=\"\"></a>"
                + "<figcaption>At dawn</figcaption></figure>");

        assertThat(cleaned).isEqualTo("<a href=\"https://x.example/big.jpg\"><img src=\"https://x.example/a.jpg\" alt=\"\"></a><p>At dawn</p>");
    }

    @Test
    void sizesThatAreNotWholeNumbersAreDropped() {
        String cleaned = BodySanitizer.clean("<figure><img src=\"" + RENDITION + "\" alt=\"A\" width=\"100%\" height=\"0\"></figure>");

        assertThat(cleaned).isEqualTo("<figure><img src=\"" + RENDITION + "\" alt=\"A\"></figure>");
    }
}
