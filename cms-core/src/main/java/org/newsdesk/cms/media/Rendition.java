package org.newsdesk.cms.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One rendition of an image as kept: its kind ({@code w640}, {@code 16x9}), size, and the start of
 * the SHA-256 of its bytes, which is part of its key and its public URL: new bytes, new URL, so a
 * URL can be cached for a year without ever showing an old crop.
 */
@Embeddable
public class Rendition {

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected Rendition() {
        // for JPA
    }

    Rendition(String kind, int width, int height, long byteSize, String contentHash) {
        this.kind = kind;
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.contentHash = contentHash;
    }

    /**
     * A rendition's file name as {@link #fileName} writes it: picture id, kind, hash. The one
     * place that reads it back (the rendition servlet, the body sanitizer, the article page).
     */
    public static final java.util.regex.Pattern FILE_NAME = org.newsdesk.cms.html.RenditionNames.FILE_NAME;

    /** The store's key for a rendition of image {@code imageId}: also the file name in its public URL. */
    public static String fileName(long imageId, String kind, String contentHash) {
        return imageId + "-" + kind + "-" + contentHash + ".jpg";
    }

    public String key(long imageId) {
        return "renditions/" + fileName(imageId, kind, contentHash);
    }

    public String getKind() {
        return kind;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getContentHash() {
        return contentHash;
    }

    /** Whether this is one of the widths for {@code srcset} rather than a crop. */
    public boolean isWidth() {
        return kind.startsWith("w");
    }
}
