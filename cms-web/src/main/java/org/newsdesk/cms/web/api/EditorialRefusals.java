package org.newsdesk.cms.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.newsdesk.cms.article.IllegalTransitionException;
import org.newsdesk.cms.section.SectionInUseException;
import org.newsdesk.cms.shared.EditorialException;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.time.PublicationTime;

/**
 * A service's refusal as a problem, with the message the admin screen would show: 422 with one
 * entry per field, 403 for a role that may not, 404, 412 naming who changed it and when, 409 for a
 * move the workflow does not allow or a section still in use.
 */
// registered by ApiApplication, not scanned: the admin UI answers its refusals with its forms
public class EditorialRefusals implements ExceptionMapper<EditorialException> {

    @Inject
    PublicationTime time;

    @Override
    public Response toResponse(EditorialException refusal) {
        return problemFor(refusal).response();
    }

    Problem problemFor(EditorialException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return Problem.invalid(invalid.problems());
        }
        if (refusal instanceof NotPermittedException) {
            return Problem.of(403, "not-permitted", "Not permitted", refusal.getMessage());
        }
        if (refusal instanceof NotFoundException) {
            return Problem.of(404, "not-found", "Not found", refusal.getMessage());
        }
        if (refusal instanceof StaleEditException stale) {
            return Problem.of(412, "stale-version", "Changed since you read it", stale.getMessage())
                    .with("changedBy", stale.savedBy())
                    .with("changedAt", stale.savedAt().map(at -> time.iso(at)).orElse(null))
                    .with("currentVersion", stale.currentVersion())
                    .header("ETag", ETags.of(stale.currentVersion()));
        }
        if (refusal instanceof IllegalTransitionException || refusal instanceof SectionInUseException) {
            return Problem.of(409, "conflict", "Not possible in this state", refusal.getMessage());
        }
        return Problem.of(409, "refused", "Refused", refusal.getMessage());
    }
}
