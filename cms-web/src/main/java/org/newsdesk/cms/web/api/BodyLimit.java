package org.newsdesk.cms.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps request bodies ({@code cms.api.max-body-bytes}, default 2 MiB: a story's longest body, a
 * million characters, with room for its JSON): a larger one gets 413 before anything reads it,
 * whether it says its length or is sent in chunks. Checked before the token, so an oversized
 * upload costs no database lookup.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "cms.api.max-body-bytes", defaultValue = "2097152")
    int maximum;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > maximum) {
            request.abortWith(tooLarge());
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        InputStream body = request.getEntityStream();
        byte[] read = body.readNBytes(maximum + 1);
        if (read.length > maximum) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(read));
    }

    private jakarta.ws.rs.core.Response tooLarge() {
        return Problem.of(413, "body-too-large", "The body is too large",
                "Request bodies may have at most " + maximum + " bytes.").response();
    }
}
