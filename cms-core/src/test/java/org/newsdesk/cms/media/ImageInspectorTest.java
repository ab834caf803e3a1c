package org.newsdesk.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class ImageInspectorTest {

    private final ImageInspector inspector = new ImageInspector(ImageLimits.defaults());

    @Test
    void recognisesEachFormatByItsContentAndReadsItsSize() throws IOException {
        for (String format : new String[] {"jpeg", "png", "gif"}) {
            ImageFacts facts = inspector.inspect("file", TestPictures.encode(TestPictures.halves(30, 20), format));
            assertThat(facts.width()).isEqualTo(30);
            assertThat(facts.height()).isEqualTo(20);
            assertThat(facts.format().name().toLowerCase()).isEqualTo(format);
        }
    }

    @Test
    void recognisesWebp() {
        // a lossless WebP of 1 x 1 pixel
        byte[] webp = java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        ImageFacts facts = inspector.inspect("file", webp);
        assertThat(facts.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(facts.width()).isEqualTo(1);
    }

    @Test
    void refusesSvgSayingWhy() {
        byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> inspector.inspect("file", svg))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessageContaining("SVG files are not accepted");
    }

    @Test
    void refusesAPdfNamedLikeAPicture() {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> inspector.inspect("file", pdf))
                .hasMessageContaining("not a JPEG, PNG, WebP or GIF picture");
    }

    @Test
    void refusesAFileOverTheByteLimit() throws IOException {
        byte[] png = TestPictures.encode(TestPictures.halves(200, 200), "png");
        ImageInspector strict = new ImageInspector(new ImageLimits(png.length - 1, ImageLimits.DEFAULT_PIXELS));
        assertThatThrownBy(() -> strict.inspect("file", png)).hasMessageContaining("pictures can be at most");
    }

    @Test
    void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() {
        // a PNG header claiming 100,000 x 100,000 pixels (10 gigapixels) and no image data at all:
        // decoding it would need 40 GB; the header alone is enough to refuse it
        byte[] bomb = pngHeader(100_000, 100_000);
        assertThat(bomb.length).isLessThan(100);
        assertThatThrownBy(() -> inspector.inspect("file", bomb))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessageContaining("100000 \u00d7 100000 pixels")
                .hasMessageContaining("at most 50.0 megapixels");
    }

    @Test
    void acceptsAPictureJustUnderThePixelLimit() {
        assertThat(inspector.inspect("file", pngHeader(10_000, 5_000)).pixels()).isEqualTo(50_000_000L);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> inspector.inspect("file", new byte[0])).hasMessageContaining("empty");
    }

    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
