package org.newsdesk.cms.media;

/** What is known of an accepted file before it is decoded: its format and its size in pixels. */
public record ImageFacts(ImageFormat format, int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}
