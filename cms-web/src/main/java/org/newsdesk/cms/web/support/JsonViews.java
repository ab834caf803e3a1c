package org.newsdesk.cms.web.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Answers a controller's view named {@code *.json} with the JSON value in its model under
 * {@link #MODEL}. A Jakarta MVC controller turns whatever it returns into a view, and only a
 * controller's POST has its CSRF token checked ({@code @CsrfProtected}); so an endpoint the
 * editor's script posts to, such as autosave, is a controller whose view is its JSON answer.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class JsonViews implements ViewEngine {

    /** The model entry the JSON answer is taken from. */
    public static final String MODEL = "json";

    /** The view name a controller returns for a JSON answer. */
    public static final String VIEW = "answer.json";

    public static boolean isJson(String view) {
        return view != null && view.endsWith(".json");
    }

    @Override
    public boolean supports(String view) {
        return isJson(view);
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        Object answer = context.getModels().get(MODEL);
        if (!(answer instanceof JsonStructure json)) {
            throw new ViewEngineException("A JSON view needs a JsonStructure in the model under \"" + MODEL + "\"");
        }
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Writers.WRITERS.createWriter(text)) {
            writer.write(json);
        }
        try {
            // written and flushed, never closed: the stream is the container's
            context.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
            context.getOutputStream().flush();
        } catch (IOException e) {
            throw new ViewEngineException("Writing the JSON answer failed", e);
        }
    }

    /** One factory, made when first used ({@code Json.createWriter} looks the provider up on the class path on every call). */
    private static final class Writers {
        static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());
    }
}
