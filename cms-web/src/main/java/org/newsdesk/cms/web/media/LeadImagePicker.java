package org.newsdesk.cms.web.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/**
 * What the article editor's lead image form needs: the draft's picture, the pictures it may choose
 * from (a plain list, so choosing works without JavaScript), and a refusal from the last choice.
 */
@RequestScoped
public class LeadImagePicker {

    static final String PROBLEMS_KEY = LeadImagePicker.class.getName() + ".problems";
    /** A refused upload of a lead image ({@link MediaUploadServlet}), with what was typed. */
    static final String UPLOAD_KEY = LeadImagePicker.class.getName() + ".upload";
    /** The newest usable pictures offered in the list; older ones are found in the library. */
    static final int CHOICES = 100;

    @Inject
    MediaLibrary library;

    @Inject
    MediaThumbnails thumbnails;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    org.newsdesk.cms.publish.url.PublicUrls urls;

    public void show(Article article) {
        MediaImage lead = article.getLeadImageId().flatMap(library::find).orElse(null);
        List<MediaImage> usable = library.usable(CHOICES);
        offerForBody(usable);
        List<MediaThumbnails.Tile> choices = new ArrayList<>(usable.stream().map(thumbnails::tile).toList());
        if (lead != null && choices.stream().noneMatch(tile -> tile.id() == lead.getId())) {
            choices.add(0, thumbnails.tile(lead));
        }
        models.put("lead", lead == null ? null : thumbnails.tile(lead));
        models.put("leadFocalX", lead == null ? 50 : lead.getFocalX());
        models.put("leadFocalY", lead == null ? 50 : lead.getFocalY());
        models.put("leadChoices", choices);
        Object problems = request.getSession().getAttribute(PROBLEMS_KEY);
        request.getSession().removeAttribute(PROBLEMS_KEY);
        @SuppressWarnings("unchecked")
        List<FieldProblem> refused = new ArrayList<>(problems instanceof List<?> list ? (List<FieldProblem>) list : List.of());
        Object upload = request.getSession().getAttribute(UPLOAD_KEY);
        request.getSession().removeAttribute(UPLOAD_KEY);
        if (upload instanceof UploadRefusal typed) {
            refused.addAll(typed.problems());
            models.put("leadUpload", new MediaController.Details(typed.alt(), typed.caption(), typed.credit(), 50, 50));
            models.put("leadUploadProblems", org.newsdesk.cms.web.support.FormProblems.of(typed.problems()));
        } else {
            models.put("leadUpload", new MediaController.Details("", "", "", 50, 50));
            models.put("leadUploadProblems", org.newsdesk.cms.web.support.FormProblems.none());
        }
        models.put("leadProblems", refused);
    }

    /** The pictures a new story's body may show (a new story has no lead image yet). */
    public void offerForBody() {
        offerForBody(library.usable(CHOICES));
    }

    private void offerForBody(List<MediaImage> usable) {
        models.put("bodyPictures", usable.stream().filter(image -> image.widthAtLeast(640).isPresent()).map(this::forBody).toList());
    }

    private BodyPicture forBody(MediaImage image) {
        MediaThumbnails.Tile tile = thumbnails.tile(image);
        org.newsdesk.cms.media.Rendition shown = image.widthAtLeast(640).orElseThrow();
        String src = urls.rendition(image.getId(), shown);
        return new BodyPicture(tile, src, shown.getWidth(), shown.getHeight(),
                org.newsdesk.cms.html.BodyFigure.html(src, image.getAltText(), shown.getWidth(), shown.getHeight(),
                        image.getCaption(), image.getCredit()));
    }

    /**
     * A picture offered for the body: its thumbnail, the rendition the body names (the article page
     * adds the others as {@code srcset}) and the HTML the body takes, which the editor's script
     * inserts and which, without it, is there to copy.
     */
    public record BodyPicture(MediaThumbnails.Tile tile, String src, int width, int height, String html) {
    }
}
