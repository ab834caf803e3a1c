package org.newsdesk.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageRendererTest {

    private final ImageInspector inspector = new ImageInspector(ImageLimits.defaults());

    @Test
    void aPhotoWithGpsExifComesOutUprightWithNoMetadataAtAll() throws IOException {
        // shot with the camera turned (orientation 6: turn 90 degrees clockwise to view)
        byte[] original = TestPictures.jpegWithExif(TestPictures.halves(800, 400), 6);
        assertThat(ExifOrientation.of(original)).isEqualTo(6);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(TestPictures.SECRET_PLACE);

        List<RenditionImage> renditions = ImageRenderer.render(original, inspector.inspect("file", original), 50, 50);

        for (RenditionImage rendition : renditions) {
            assertThat(TestPictures.hasApp1(rendition.jpeg())).as(rendition.kind() + " has no EXIF").isFalse();
            String text = new String(rendition.jpeg(), StandardCharsets.ISO_8859_1);
            assertThat(text).as(rendition.kind()).doesNotContain(TestPictures.SECRET_PLACE).doesNotContain("Exif");
        }
        RenditionImage phone = byKind(renditions).get("w320");
        // upright: 400 x 800 became portrait, and the left (red) half is now on top
        assertThat(phone.width()).isEqualTo(320);
        assertThat(phone.height()).isEqualTo(640);
        BufferedImage seen = ImageIO.read(new ByteArrayInputStream(phone.jpeg()));
        assertThat(isRed(seen.getRGB(160, 100))).isTrue();
        assertThat(isBlue(seen.getRGB(160, 540))).isTrue();
    }

    @Test
    void makesEveryWidthThePictureHasNeverEnlarging() throws IOException {
        byte[] original = TestPictures.encode(TestPictures.halves(1000, 500), "png");
        Map<String, RenditionImage> renditions = byKind(ImageRenderer.render(original, inspector.inspect("file", original), 50, 50));
        assertThat(renditions.keySet()).containsExactlyInAnyOrder("w320", "w640", "w960", "16x9", "4x3", "1x1");
        assertThat(renditions.get("w960").height()).isEqualTo(480);
        assertThat(renditions.get("16x9").width()).isEqualTo(888);
    }

    @Test
    void cropsAre1200WideInTheirShapeFromALargePicture() throws IOException {
        byte[] original = TestPictures.encode(TestPictures.halves(2400, 1600), "jpeg");
        Map<String, RenditionImage> renditions = byKind(ImageRenderer.render(original, inspector.inspect("file", original), 50, 50));
        assertThat(renditions.get("16x9")).extracting(RenditionImage::width, RenditionImage::height).containsExactly(1200, 675);
        assertThat(renditions.get("4x3")).extracting(RenditionImage::width, RenditionImage::height).containsExactly(1200, 900);
        assertThat(renditions.get("1x1")).extracting(RenditionImage::width, RenditionImage::height).containsExactly(1200, 1200);
        assertThat(renditions.get("w1920").width()).isEqualTo(1920);
    }

    @Test
    void aSquareCropAroundAFocalPointOnTheRightShowsTheRightSide() throws IOException {
        byte[] original = TestPictures.encode(TestPictures.halves(1600, 400), "png");
        Map<String, RenditionImage> renditions = byKind(ImageRenderer.render(original, inspector.inspect("file", original), 90, 50));
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(renditions.get("1x1").jpeg()));
        assertThat(isBlue(square.getRGB(10, 10))).isTrue();
        assertThat(isBlue(square.getRGB(square.getWidth() - 10, 10))).isTrue();
    }

    @Test
    void aTransparentPngIsLaidOnWhite() throws IOException {
        BufferedImage clear = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        byte[] original = TestPictures.encode(clear, "png");
        RenditionImage small = byKind(ImageRenderer.render(original, inspector.inspect("file", original), 50, 50)).get("w320");
        BufferedImage seen = ImageIO.read(new ByteArrayInputStream(small.jpeg()));
        assertThat(new Color(seen.getRGB(5, 5)).getRed()).isGreaterThan(245);
    }

    private static Map<String, RenditionImage> byKind(List<RenditionImage> renditions) {
        return renditions.stream().collect(Collectors.toMap(RenditionImage::kind, Function.identity()));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60;
    }
}
