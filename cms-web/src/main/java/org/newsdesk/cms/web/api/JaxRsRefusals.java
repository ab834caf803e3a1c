package org.newsdesk.cms.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;

/**
 * What JAX-RS itself refuses (no such path 404, method 405, media type 415, not acceptable 406,
 * a bad parameter 400) as a problem instead of the container's HTML error page; the API's own
 * refusals ({@link ApiRefusal}) already carry theirs.
 */
public class JaxRsRefusals implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException refusal) {
        Optional<Response> tooLarge = BodyLimit.tooLargeIn(refusal);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        Response given = refusal.getResponse();
        if (given.hasEntity()) {
            return given;
        }
        int status = given.getStatus();
        Problem problem = switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "The API has nothing at this address.");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "This address does not take " + "that method; Allow lists those it takes.");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable", "The API answers application/json only.");
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
            case 400 -> Problem.of(400, "bad-request", "Bad request", "A parameter or the body could not be read.");
            default -> Problem.of(status, "http-" + status, given.getStatusInfo().getReasonPhrase(), null);
        };
        String allow = given.getHeaderString("Allow");
        if (allow != null) {
            problem.header("Allow", allow);
        }
        return problem.response();
    }
}
