package org.newsdesk.cms.importing;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one import brought into the media library from the site's uploads zip, and how a post's
 * body and featured image are read against it: an image whose address is an imported attachment's
 * file, or one of the sizes WordPress made of it ({@code ferry-300x200.jpg}, {@code ferry-scaled.jpg}),
 * is given the library's rendition; every other image keeps its address. Every image gets an
 * {@code alt} attribute (empty where WordPress had none), which the body's sanitizer requires.
 */
public final class ImportPictures {

    /** No uploads came with the export. */
    static final ImportPictures NONE = new ImportPictures(false, Map.of(), Map.of(), Map.of());

    /** The sizes WordPress makes of an upload: {@code -300x200} or {@code -scaled} before the extension. */
    private static final Pattern SIZE_VARIANT = Pattern.compile("-(?:[0-9]{1,5}x[0-9]{1,5}|scaled)(\\.[a-z0-9]{1,5})$");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    /** How a library picture appears in a body: the rendition it names, its size, its alt text (null for none). */
    record Shown(String src, int width, int height, String alt) {
    }

    private final boolean uploadsGiven;
    private final Map<Long, Long> byAttachment;
    private final Map<String, Long> byPlace;
    private final Map<Long, Shown> shown;

    /**
     * @param byAttachment library picture by attachment post id
     * @param byPlace      library picture by its file's place under uploads/ (lower case)
     * @param shown        how each library picture appears in a body, by picture id
     */
    ImportPictures(boolean uploadsGiven, Map<Long, Long> byAttachment, Map<String, Long> byPlace, Map<Long, Shown> shown) {
        this.uploadsGiven = uploadsGiven;
        this.byAttachment = Map.copyOf(byAttachment);
        this.byPlace = Map.copyOf(byPlace);
        this.shown = Map.copyOf(shown);
    }

    boolean uploadsGiven() {
        return uploadsGiven;
    }

    /** The library picture a post's featured image became, if it did. */
    Optional<Long> leadFor(WxrPost post) {
        return post.picture().thumbnailId() == 0 ? Optional.empty() : Optional.ofNullable(byAttachment.get(post.picture().thumbnailId()));
    }

    /** The library picture of an image address, the address of any size WordPress made of it included. */
    Optional<Long> pictureAt(String url) {
        Optional<String> place = WordPressUploads.placeOfAddress(url);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Long exact = byPlace.get(place.get());
        if (exact != null) {
            return Optional.of(exact);
        }
        String original = SIZE_VARIANT.matcher(place.get()).replaceFirst("$1");
        return Optional.ofNullable(byPlace.get(original));
    }

    /** The body with the library's pictures in place of imported ones, and an alt attribute on every image. */
    String rewrite(String html) {
        if (html == null || !html.toLowerCase(java.util.Locale.ROOT).contains("<img")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(OUTPUT);
        for (Element img : document.body().select("img")) {
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
            Optional<Shown> picture = pictureAt(img.attr("src")).map(shown::get);
            if (picture.isEmpty()) {
                continue;
            }
            img.attr("src", picture.get().src()).attr("width", Integer.toString(picture.get().width()))
                    .attr("height", Integer.toString(picture.get().height()));
            img.removeAttr("srcset").removeAttr("sizes").removeAttr("class");
            if (img.attr("alt").isBlank() && picture.get().alt() != null) {
                img.attr("alt", picture.get().alt());
            }
            // WordPress links a picture to its own file: the old address, which readers no longer need
            Element parent = img.parent();
            if (parent != null && parent.normalName().equals("a") && parent.children().size() == 1
                    && pictureAt(parent.attr("href")).isPresent()) {
                parent.unwrap();
            }
        }
        return document.body().html();
    }
}
