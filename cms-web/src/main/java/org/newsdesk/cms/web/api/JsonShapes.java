package org.newsdesk.cms.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * How the API writes JSON: every field of a shape, null when there is nothing (an article not yet
 * published has {@code "firstPublishedAt": null}), so that clients see one shape, not a shape per state.
 */
public class JsonShapes implements ContextResolver<Jsonb> {

    static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }
}
