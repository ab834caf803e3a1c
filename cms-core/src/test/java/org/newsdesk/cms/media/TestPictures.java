package org.newsdesk.cms.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Pictures made in code for the tests: halves of two colours, optionally with EXIF (orientation, GPS). */
final class TestPictures {

    static final String SECRET_PLACE = "GPS 48.8584N 2.2945E Eiffel";

    private TestPictures() {
    }

    /** Left half red, right half blue. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG of {@code image} with an EXIF block right after the start marker: the orientation
     * tag, a description naming a place, and a GPS directory with latitude and longitude.
     */
    static byte[] jpegWithExif(BufferedImage image, int orientation) throws IOException {
        byte[] plain = encode(image, "jpeg");
        byte[] exif = exif(orientation);
        ByteBuffer out = ByteBuffer.allocate(plain.length + exif.length + 4);
        out.put(plain, 0, 2); // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2));
        out.put(exif);
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    private static byte[] exif(int orientation) {
        byte[] description = (SECRET_PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: three entries, then the next-IFD offset
        int ifd0End = 8 + 2 + 3 * 12 + 4;
        int descriptionAt = ifd0End;
        int gpsAt = descriptionAt + description.length;
        tiff.putShort((short) 3);
        entry(tiff, 0x010E, 2, description.length, descriptionAt); // ImageDescription
        entry(tiff, 0x0112, 3, 1, orientation);                    // Orientation (SHORT, in place)
        entry(tiff, 0x8825, 4, 1, gpsAt);                          // GPS IFD pointer
        tiff.putInt(0);
        tiff.put(description);
        // GPS IFD: latitude ref "N" and longitude ref "E", in place
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        byte[] body = new byte[tiff.position()];
        tiff.flip();
        tiff.get(body);
        ByteBuffer block = ByteBuffer.allocate(6 + body.length);
        block.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return block.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3) {
            tiff.putShort((short) value).putShort((short) 0);
        } else {
            tiff.putInt(value);
        }
    }

    /** Whether the JPEG has an APP1 segment (EXIF or XMP) before its image data. */
    static boolean hasApp1(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA) {
                return false;
            }
            if (marker == 0xE1) {
                return true;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }
}
