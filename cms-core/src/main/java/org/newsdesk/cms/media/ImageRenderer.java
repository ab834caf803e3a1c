package org.newsdesk.cms.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes what readers get from an original: the picture decoded once, turned upright by its EXIF
 * orientation, laid on white where it was transparent, then scaled to each width of
 * {@link #WIDTHS} it is at least as wide as (never enlarged) and cropped to each
 * {@link Crop.Shape} around the focal point at {@link #CROP_WIDTH} pixels wide (the social-card
 * size). All are baseline JPEGs written from pixels alone: no EXIF, no GPS position, no camera
 * serial number, no colour profile, nothing of the original's metadata reaches a reader.
 *
 * <p>JPEG only: no maintained pure-Java WebP encoder exists (TwelveMonkeys reads WebP but does not
 * write it; the encoders that exist wrap the native libwebp), and a native library in the WAR is a
 * platform dependency this project does not take on for a saving of about a quarter.
 */
public final class ImageRenderer {

    public static final int[] WIDTHS = {320, 640, 960, 1280, 1920};
    public static final int CROP_WIDTH = 1200;
    static final float QUALITY = 0.82f;

    private ImageRenderer() {
    }

    public static List<RenditionImage> render(byte[] original, ImageFacts facts, int focalX, int focalY) throws IOException {
        BufferedImage upright = decodeUpright(original, facts);
        List<RenditionImage> renditions = new ArrayList<>();
        int width = upright.getWidth();
        boolean any = false;
        // largest first, each scaled from the one before: every step at most halves, which keeps
        // bilinear scaling sharp without the cost of scaling the full picture five times
        BufferedImage source = upright;
        for (int i = WIDTHS.length - 1; i >= 0; i--) {
            if (WIDTHS[i] > width) {
                continue;
            }
            source = scaleTo(source, WIDTHS[i]);
            renditions.add(0, rendition("w" + WIDTHS[i], source));
            any = true;
        }
        if (!any) {
            // smaller than the smallest width: the picture as it is, once
            renditions.add(rendition("w" + width, upright));
        }
        for (Crop.Shape shape : Crop.Shape.values()) {
            Crop crop = Crop.around(upright.getWidth(), upright.getHeight(), shape, focalX, focalY);
            BufferedImage part = upright.getSubimage(crop.x(), crop.y(), crop.width(), crop.height());
            renditions.add(rendition(shape.kind(), scaleTo(part, Math.min(CROP_WIDTH, crop.width()))));
        }
        return renditions;
    }

    static BufferedImage decodeUpright(byte[] original, ImageFacts facts) throws IOException {
        BufferedImage decoded;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(original))) {
            ImageReader reader = ImageReaders.forFormat(facts.format());
            try {
                reader.setInput(in, true, true);
                decoded = reader.read(0);
            } finally {
                reader.dispose();
            }
        }
        BufferedImage rgb = onWhite(decoded);
        return facts.format() == ImageFormat.JPEG ? ExifOrientation.apply(rgb, ExifOrientation.of(original)) : rgb;
    }

    private static BufferedImage onWhite(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** {@code image} scaled to {@code width}, its proportions kept, in steps that at most halve. */
    static BufferedImage scaleTo(BufferedImage image, int width) {
        BufferedImage current = image;
        while (current.getWidth() != width) {
            int next = Math.max(width, current.getWidth() / 2);
            int height = Math.max(1, (int) Math.round((double) current.getHeight() * next / current.getWidth()));
            BufferedImage smaller = new BufferedImage(next, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = smaller.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, next, height, null);
            } finally {
                g.dispose();
            }
            current = smaller;
        }
        return current;
    }

    private static RenditionImage rendition(String kind, BufferedImage image) throws IOException {
        return new RenditionImage(kind, image.getWidth(), image.getHeight(), jpeg(image));
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
