package org.newsdesk.cms.media;

/** One rendition as made: its kind ({@code w640}, {@code 16x9}), its size, and its JPEG bytes. */
public record RenditionImage(String kind, int width, int height, byte[] jpeg) {
}
