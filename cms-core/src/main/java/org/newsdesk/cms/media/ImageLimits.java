package org.newsdesk.cms.media;

/**
 * How large an upload may be: in bytes (a 25 MB default covers a full-size photo from any camera)
 * and in pixels (50 megapixels), the latter read from the header so that a small file that would
 * decode to gigabytes (a decompression bomb) is refused before it is decoded.
 */
public record ImageLimits(long maximumBytes, long maximumPixels) {

    public static final long DEFAULT_BYTES = 25L * 1024 * 1024;
    public static final long DEFAULT_PIXELS = 50_000_000L;

    public static ImageLimits defaults() {
        return new ImageLimits(DEFAULT_BYTES, DEFAULT_PIXELS);
    }

    public ImageLimits {
        if (maximumBytes < 1 || maximumPixels < 1) {
            throw new IllegalArgumentException("Media limits are positive");
        }
    }
}
