package org.newsdesk.cms.web.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.publish.url.PublicUrls;

/** How a picture appears on the admin screens: its smallest rendition, once made, with its state. */
@ApplicationScoped
public class MediaThumbnails {

    @Inject
    PublicUrls urls;

    public Tile tile(MediaImage image) {
        String src = image.widthAtLeast(320).map(r -> urls.rendition(image.getId(), r)).orElse(null);
        int width = image.widthAtLeast(320).map(r -> r.getWidth()).orElse(0);
        int height = image.widthAtLeast(320).map(r -> r.getHeight()).orElse(0);
        String state = switch (image.getStatus()) {
            case PROCESSING -> "Being prepared";
            case FAILED -> "Could not be prepared";
            case READY -> image.getAltText() == null ? "Needs alt text" : null;
        };
        return new Tile(image.getId(), src, width, height, image.getAltText(), image.getCaption(), image.getCredit(),
                image.getFileName(), state, image.getWidth() + " \u00d7 " + image.getHeight());
    }

    /** @param state what keeps the picture from being used, or null when it can be */
    public record Tile(long id, String src, int width, int height, String alt, String caption, String credit,
                       String fileName, String state, String size) {

        public String label() {
            if (alt != null) {
                return alt;
            }
            return fileName != null ? fileName : "Picture " + id;
        }
    }
}
