package org.newsdesk.cms.media;

import java.util.List;

/** One page of the library's grid; the shape {@code layout :: pages} expects. */
public record MediaPage(List<MediaImage> images, int number, boolean hasNext) {

    public static final int SIZE = 48;

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean isEmpty() {
        return images.isEmpty();
    }
}
