package org.newsdesk.cms.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Pictures made in code for the container tests (media library, issue 13). */
final class Pictures {

    static final String SECRET_PLACE = "GPS 40.7128N 74.0060W City Hall";

    private Pictures() {
    }

    /** A PNG of two colours; {@code seed} makes each one's bytes differ. */
    static byte[] png(int width, int height, int seed) {
        return encode(picture(width, height, seed), "png");
    }

    static byte[] jpeg(int width, int height, int seed) {
        return encode(picture(width, height, seed), "jpeg");
    }

    /** A JPEG carrying EXIF with a GPS directory and a description naming a place. */
    static byte[] jpegWithGps(int width, int height, int seed) {
        byte[] plain = jpeg(width, height, seed);
        byte[] description = (SECRET_PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int descriptionAt = 8 + 2 + 2 * 12 + 4;
        int gpsAt = descriptionAt + description.length;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(descriptionAt);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        tiff.putInt(0);
        tiff.put(description);
        tiff.putShort((short) 1);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        ByteBuffer out = ByteBuffer.allocate(plain.length + exif.length + 4);
        out.put(plain, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    private static BufferedImage picture(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, (seed * 37) & 0xFF));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color((seed * 53) & 0xFF, 60, 200));
        g.fillRect(width / 2, 0, width - width / 2, height);
        // some detail, so a JPEG of it is the size of a photograph's, not of two flat colours
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < width * height / 400; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(width), random.nextInt(height), 1 + random.nextInt(12), 1 + random.nextInt(12));
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
