package org.newsdesk.cms.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps request bodies ({@code cms.api.max-body-bytes}, default 2 MiB: a story's longest body, a
 * million characters, with room for its JSON): a body that says it is larger gets 413 before
 * anything reads it; one sent in chunks, without a length, is counted as it is read and refused
 * with 413 once it passes the cap, so nothing is held in memory here. After the token
 * ({@link TokenAuthentication}): a caller without one is refused before any of the body is read.
 */
@Priority(Priorities.AUTHENTICATION + 100)
public class BodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "cms.api.max-body-bytes", defaultValue = "2097152")
    int maximum;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maximum) {
            request.abortWith(tooLarge(maximum));
            return;
        }
        if (request.getLength() < 0 && request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream(), maximum));
        }
    }

    /** 413 when {@code failure} (reading a body, however the reader wrapped it) came from passing the cap. */
    static Optional<Response> tooLargeIn(Throwable failure) {
        return tooLargeCause(failure).map(tooLarge -> tooLarge(tooLarge.maximum));
    }

    static Optional<TooLarge> tooLargeCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }

    private static Response tooLarge(int maximum) {
        return Problem.of(413, "body-too-large", "The body is too large",
                "Request bodies may have at most " + maximum + " bytes.").response();
    }

    /** Passing the cap while the body is read. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final int maximum;

        TooLarge(int maximum) {
            super("The body is larger than " + maximum + " bytes");
            this.maximum = maximum;
        }
    }

    /** A body that fails once more than {@code maximum} bytes of it are read. */
    static final class Capped extends FilterInputStream {
        private final int maximum;
        private long count;

        Capped(InputStream body, int maximum) {
            super(body);
            this.maximum = maximum;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws TooLarge {
            count += n;
            if (count > maximum) {
                throw new TooLarge(maximum);
            }
        }
    }
}
