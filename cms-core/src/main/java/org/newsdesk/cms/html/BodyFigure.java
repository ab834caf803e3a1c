package org.newsdesk.cms.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A picture of the media library as a story's body holds it: the one shape {@link BodySanitizer}
 * keeps, {@code <figure><img src alt width height><figcaption>caption <small>credit</small>
 * </figcaption></figure>}. The editor's script writes the same shape (assets/editor.js); without
 * JavaScript, the editor shows this HTML to paste into the body.
 */
public final class BodyFigure {

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private BodyFigure() {
    }

    /**
     * @param src     the rendition's path from the site's root ({@link BodySanitizer#PICTURES}...)
     * @param caption null or blank for none; so is {@code credit}
     */
    public static String html(String src, String alt, int width, int height, String caption, String credit) {
        Document document = Document.createShell("");
        document.outputSettings(OUTPUT);
        Element figure = document.body().appendElement("figure");
        figure.appendElement("img").attr("src", src).attr("alt", alt == null ? "" : alt)
                .attr("width", Integer.toString(width)).attr("height", Integer.toString(height));
        boolean hasCaption = caption != null && !caption.isBlank();
        boolean hasCredit = credit != null && !credit.isBlank();
        if (hasCaption || hasCredit) {
            Element figcaption = figure.appendElement("figcaption");
            if (hasCaption) {
                figcaption.appendText(caption.strip());
            }
            if (hasCredit) {
                if (hasCaption) {
                    figcaption.appendText(" ");
                }
                figcaption.appendElement("small").text(credit.strip());
            }
        }
        return figure.outerHtml();
    }
}
