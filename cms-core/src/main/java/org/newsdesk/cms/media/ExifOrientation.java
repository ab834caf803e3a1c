package org.newsdesk.cms.media;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (how the camera was held), read from its APP1 segment, and the
 * turn that puts the pixels upright. Applied before renditions are made, because renditions carry
 * no metadata at all and a browser could no longer turn them.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private ExifOrientation() {
    }

    /** The orientation tag's value (1 to 8), or {@link #UPRIGHT} when there is none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            int at = 2; // after SOI
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = u16(jpeg, at + 2, true);
                if (marker == 0xDA || marker == 0xD9) {
                    return UPRIGHT; // image data starts: no EXIF before it
                }
                if (marker == 0xE1 && length > 14 && startsWithExif(jpeg, at + 4)) {
                    return orientationIn(jpeg, at + 10, at + 2 + length);
                }
                at += 2 + length;
            }
        } catch (RuntimeException damaged) {
            // a damaged EXIF block: leave the picture as stored
        }
        return UPRIGHT;
    }

    private static boolean startsWithExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    private static int orientationIn(byte[] b, int tiff, int end) {
        boolean bigEndian = b[tiff] == 'M';
        int ifd = tiff + (int) u32(b, tiff + 4, bigEndian);
        int entries = u16(b, ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (u16(b, entry, bigEndian) == 0x0112) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** The picture turned and mirrored as {@code orientation} says, upright. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> { turn.translate(w, 0); turn.scale(-1, 1); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.translate(0, h); turn.scale(1, -1); }
            case 5 -> { turn.rotate(-Math.PI / 2); turn.scale(-1, 1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.translate(h, w); turn.rotate(Math.PI / 2); turn.scale(-1, 1); }
            case 8 -> { turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage upright = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF) : ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        return bigEndian
                ? ((long) u16(b, at, true) << 16) | u16(b, at + 2, true)
                : ((long) u16(b, at + 2, false) << 16) | u16(b, at, false);
    }
}
