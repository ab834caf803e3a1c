package org.newsdesk.cms.publish.page;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.cms.html.BodySanitizer;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.Rendition;

/**
 * A body's pictures as readers get them. The body keeps a library picture as the path of one
 * rendition ({@link BodySanitizer#PICTURES}...); on the page it gets every width rendition as
 * {@code srcset} with the column's {@code sizes}, the width and height of its default (no layout
 * shift), an absolute address (as every address on a public page) and {@code loading="lazy"}: the
 * lead image is the page's largest paint and the only picture loaded at once. A picture deleted
 * from the library since goes, its caption with it, rather than show a broken image.
 */
final class BodyPictures {

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private BodyPictures() {
    }

    /**
     * @param pictures finds a picture of the library by id; null when none can be looked up (the
     *                 pictures then keep the rendition they name)
     */
    static String forReaders(String body, RenderContext site, LongFunction<Optional<MediaImage>> pictures) {
        if (body == null || !body.contains("<img")) {
            return body;
        }
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings(OUTPUT);
        for (Element img : document.body().select("img")) {
            img.attr("loading", "lazy").attr("decoding", "async");
            String src = img.attr("src");
            if (!src.startsWith(BodySanitizer.PICTURES)) {
                continue;
            }
            Matcher name = Rendition.FILE_NAME.matcher(src.substring(BodySanitizer.PICTURES.length()));
            if (!name.matches()) {
                continue;
            }
            long id = Long.parseLong(name.group(1));
            Optional<MediaImage> found = pictures == null ? null : pictures.apply(id);
            if (found != null && found.isEmpty()) {
                Element parent = img.parent();
                (parent != null && "figure".equals(parent.normalName()) ? parent : img).remove();
                continue;
            }
            MediaImage picture = found == null ? null : found.get();
            if (picture == null || picture.widths().isEmpty()) {
                img.attr("src", site.absolute(src));
                continue;
            }
            Rendition fallback = picture.widthAtLeast(640).orElseThrow();
            img.attr("src", site.absolute(site.urls().rendition(id, fallback)))
                    .attr("srcset", picture.widths().stream()
                            .map(r -> site.absolute(site.urls().rendition(id, r)) + " " + r.getWidth() + "w")
                            .collect(Collectors.joining(", ")))
                    .attr("sizes", LeadImageView.SIZES)
                    .attr("width", Integer.toString(fallback.getWidth()))
                    .attr("height", Integer.toString(fallback.getHeight()));
        }
        return document.body().html();
    }
}
