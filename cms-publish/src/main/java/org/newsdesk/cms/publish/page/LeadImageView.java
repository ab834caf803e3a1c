package org.newsdesk.cms.publish.page;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsdesk.cms.media.Crop;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.Rendition;

/**
 * A story's lead picture as the article page shows it: a {@code <figure>} whose {@code srcset}
 * lets a phone take the 320 or 640 wide rendition and a desktop the 1280, with the width and
 * height of the default so the browser reserves the space before any byte arrives (no layout
 * shift); and the crops for social cards and structured data.
 *
 * @param src       absolute URL of the default rendition (about the column's width, for browsers without srcset)
 * @param srcset    every width rendition, {@code absolute-url 640w}
 * @param ogImage   absolute URL of the 16:9 crop, 1200 wide where the original allows
 * @param crops     absolute URLs of the 16:9, 4:3 and 1:1 crops, for JSON-LD
 */
public record LeadImageView(String src, String srcset, int width, int height, String alt, String caption, String credit,
                            String ogImage, int ogWidth, int ogHeight, List<String> crops) {

    /** The column is 40rem wide from a 42rem screen up, and the screen less its margins below that. */
    public static final String SIZES = "(min-width: 42rem) 40rem, calc(100vw - 2rem)";

    public String sizes() {
        return SIZES;
    }

    /** The view of a picture readers may be given, or empty while it is not ready (no renditions, no alt text). */
    public static Optional<LeadImageView> of(MediaImage image, RenderContext site) {
        if (!image.isUsable() || image.widths().isEmpty()) {
            return Optional.empty();
        }
        long id = image.getId();
        Rendition fallback = image.widthAtLeast(640).orElseThrow();
        String srcset = image.widths().stream()
                .map(r -> site.absolute(site.urls().rendition(id, r)) + " " + r.getWidth() + "w")
                .collect(Collectors.joining(", "));
        Rendition card = image.rendition(Crop.Shape.WIDE.kind()).orElse(fallback);
        List<String> crops = java.util.Arrays.stream(Crop.Shape.values())
                .map(shape -> image.rendition(shape.kind()))
                .flatMap(Optional::stream)
                .map(r -> site.absolute(site.urls().rendition(id, r)))
                .toList();
        // absolute, as every other address on a public page: a path from the root would miss the
        // context path of a WAR deployed at e.g. /cms (the browser test found the picture missing)
        return Optional.of(new LeadImageView(site.absolute(site.urls().rendition(id, fallback)), srcset, fallback.getWidth(), fallback.getHeight(),
                image.getAltText(), image.getCaption(), image.getCredit(),
                site.absolute(site.urls().rendition(id, card)), card.getWidth(), card.getHeight(), crops));
    }
}
