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

    public void show(Article article) {
        MediaImage lead = article.getLeadImageId().flatMap(library::find).orElse(null);
        List<MediaThumbnails.Tile> choices = new ArrayList<>(library.usable(CHOICES).stream().map(thumbnails::tile).toList());
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
        List<FieldProblem> refused = problems instanceof List<?> list ? (List<FieldProblem>) list : List.of();
        models.put("leadProblems", refused);
    }
}
