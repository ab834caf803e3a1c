package org.newsdesk.cms.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides whether a file may enter the library, without decoding it: its type from its first
 * bytes, its size against the byte limit, its width and height from its header against the pixel
 * limit. Each refusal says what was wrong and what to do, at the field named {@code field}.
 */
public final class ImageInspector {

    private final ImageLimits limits;

    public ImageInspector(ImageLimits limits) {
        this.limits = limits;
    }

    public ImageFacts inspect(String field, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImageRefusedException(field, "The file is empty. Choose a JPEG, PNG, WebP or GIF picture.");
        }
        if (bytes.length > limits.maximumBytes()) {
            throw new ImageRefusedException(field, "The file is " + megabytes(bytes.length) + "; pictures can be at most "
                    + megabytes(limits.maximumBytes()) + ". Export a smaller JPEG and upload that.");
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new ImageRefusedException(field,
                ImageFormat.looksLikeSvg(bytes)
                        ? "SVG files are not accepted: they can carry scripts and do not suit photographs. Export the picture as PNG or JPEG."
                        : "The file is not a JPEG, PNG, WebP or GIF picture (its content was checked, not its name)."));
        int width;
        int height;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageReaders.forFormat(format);
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new ImageRefusedException(field, "The file starts like a " + format.name()
                    + " picture but its header cannot be read; it may be damaged. Export it again and upload that.");
        }
        if (width < 1 || height < 1) {
            throw new ImageRefusedException(field, "The picture has no pixels.");
        }
        ImageFacts facts = new ImageFacts(format, width, height);
        if (facts.pixels() > limits.maximumPixels()) {
            throw new ImageRefusedException(field, "The picture is " + width + " \u00d7 " + height + " pixels ("
                    + megapixels(facts.pixels()) + " megapixels); at most " + megapixels(limits.maximumPixels())
                    + " megapixels are accepted. Resize it and upload that.");
        }
        return facts;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String megapixels(long pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f", pixels / 1_000_000.0);
    }
}
