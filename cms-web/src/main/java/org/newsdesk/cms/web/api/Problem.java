package org.newsdesk.cms.web.api;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/**
 * An RFC 9457 problem detail: the one shape of every error the API gives, whatever refused the
 * request (a service, JAX-RS itself, the token filter, the limits).
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);
    /** Where the kinds of problem are named; each {@code type} is this plus a word. */
    static final String TYPES = "https://newsdesk.example/problems/";

    private final JsonObjectBuilder json = Builders.JSON.createObjectBuilder();
    private final int status;
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Problem(int status, String type, String title, String detail) {
        this.status = status;
        json.add("type", TYPES + type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
    }

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(status, type, title, detail);
    }

    /** 422: one entry per field, each with the message the admin screen shows at that field. */
    static Problem invalid(List<FieldProblem> problems) {
        JsonArrayBuilder errors = Builders.JSON.createArrayBuilder();
        problems.forEach(p -> errors.add(Builders.JSON.createObjectBuilder().add("field", p.field()).add("message", p.message())));
        Problem problem = new Problem(422, "invalid-fields", "Some fields cannot be saved",
                problems.size() == 1 ? problems.get(0).message() : problems.size() + " fields cannot be saved.");
        problem.json.add("errors", errors);
        return problem;
    }

    Problem with(String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
        return this;
    }

    Problem with(String name, long value) {
        json.add(name, value);
        return this;
    }

    Problem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    JsonObject body() {
        return json.build();
    }

    public Response response() {
        Response.ResponseBuilder answer = Response.status(status).type(TYPE).entity(body().toString())
                .header("Cache-Control", "no-store");
        headers.forEach(answer::header);
        return answer.build();
    }

    /**
     * One factory for the class ({@code Json.createObjectBuilder()} looks the provider up on the
     * class path on every call), made when first used, so that loading the class needs no provider.
     */
    private static final class Builders {
        static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    }
}
