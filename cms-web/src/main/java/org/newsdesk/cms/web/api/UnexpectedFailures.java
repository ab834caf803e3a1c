package org.newsdesk.cms.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.persistence.DatabaseUnavailable;
import org.newsdesk.cms.web.support.DatabaseOutageFilter;

/**
 * Everything else: a body that is not JSON (400), the database away (503 with Retry-After, as the
 * pages), and a failure of ours (500, logged with its trace here, never shown to the client).
 */
public class UnexpectedFailures implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Optional<Response> tooLarge = BodyLimit.tooLargeIn(failure);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        if (isUnreadableBody(failure)) {
            return Problem.of(400, "unreadable-body", "The body is not valid JSON",
                    "The body could not be read as the JSON this address takes.").response();
        }
        if (DatabaseUnavailable.isCauseOf(failure)) {
            return Problem.of(503, "unavailable", "Not available right now", "The database is not answering; try again soon.")
                    .header("Retry-After", String.valueOf(DatabaseOutageFilter.RETRY_AFTER_SECONDS)).response();
        }
        LOG.log(Level.SEVERE, "The content API failed on a request", failure);
        return Problem.of(500, "internal-error", "Something went wrong on our side",
                "The request failed; the server's log has the details.").response();
    }

    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return true;
            }
        }
        return failure instanceof ProcessingException;
    }
}
