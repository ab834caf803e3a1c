package org.newsdesk.cms.publish.page;

import java.util.Optional;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.Rendition;

/**
 * A story's lead picture as a list shows it beside the headline: the smallest width rendition
 * (320 wide, a few kilobytes), shown at a quarter of the column, with its width and height so the
 * list does not move as pictures arrive. Decorative there, so its alt text is empty: the headline
 * next to it already names the story, and the picture's own description, read out before every
 * headline of a list, would only be noise; the story's page gives it in full.
 */
public record Thumbnail(String src, int width, int height) {

    static final int WIDTH = 320;

    /** The thumbnail of a picture readers may be given; empty while it is not ready. */
    public static Optional<Thumbnail> of(MediaImage image, RenderContext site) {
        if (!image.isUsable()) {
            return Optional.empty();
        }
        Optional<Rendition> small = image.widthAtLeast(WIDTH);
        return small.map(r -> new Thumbnail(site.absolute(site.urls().rendition(image.getId(), r)), r.getWidth(), r.getHeight()));
    }
}
