package org.newsdesk.cms.media;

/**
 * The largest part of a picture with a given shape (16:9, 4:3, 1:1) that keeps the focal point as
 * near its middle as the picture's edges allow: a face on the left of a wide photo stays in a
 * square crop.
 */
public record Crop(int x, int y, int width, int height) {

    /** The shapes of the social cards and structured data. */
    public enum Shape {
        WIDE(16, 9, "16x9"), CLASSIC(4, 3, "4x3"), SQUARE(1, 1, "1x1");

        private final int across;
        private final int down;
        private final String kind;

        Shape(int across, int down, String kind) {
            this.across = across;
            this.down = down;
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    /**
     * @param focalX the focal point across, in percent of the width (0 left, 100 right)
     * @param focalY the focal point down, in percent of the height (0 top, 100 bottom)
     */
    public static Crop around(int width, int height, Shape shape, int focalX, int focalY) {
        int cropWidth = width;
        int cropHeight = (int) ((long) width * shape.down / shape.across);
        if (cropHeight > height) {
            cropHeight = height;
            cropWidth = (int) ((long) height * shape.across / shape.down);
        }
        int x = place(width, cropWidth, focalX);
        int y = place(height, cropHeight, focalY);
        return new Crop(x, y, Math.max(1, cropWidth), Math.max(1, cropHeight));
    }

    private static int place(int whole, int part, int focalPercent) {
        int focus = (int) Math.round(whole * Math.max(0, Math.min(100, focalPercent)) / 100.0);
        int start = focus - part / 2;
        return Math.max(0, Math.min(whole - part, start));
    }
}
