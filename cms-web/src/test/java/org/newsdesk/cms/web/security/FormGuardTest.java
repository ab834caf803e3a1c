package org.newsdesk.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * How the form guard tells whether a request has a body. What it does with one (sizes, field
 * counts, escapes) is shown end to end by OperationsIT on the real server: its answers need the
 * JAX-RS runtime, which a unit test does not have.
 */
class FormGuardTest {

    /** A body that cannot be read: reading it is the failure these tests look for. */
    private static final InputStream UNREADABLE = new InputStream() {
        @Override
        public int read() throws IOException {
            throw new IOException("Read timed out");
        }
    };

    private final AtomicReference<Response> answer = new AtomicReference<>();

    @Test
    void aRequestThatDeclaresNoBodyIsNotReadEvenWhenItAsksToSwitchProtocols() throws IOException {
        // Connection: Upgrade without a length is an endless stream to the server: reading it
        // held a request thread 30 s, then answered 500
        new FormGuard().filter(request(-1, Map.of("Connection", "Upgrade", "Upgrade", "websocket")));

        assertThat(answer.get()).as("passed on, untouched").isNull();
    }

    @Test
    void aBodyIsWhatTheHeadersDeclare() {
        assertThat(FormGuard.declaresBody(request(100, Map.of()))).as("Content-Length: 100").isTrue();
        assertThat(FormGuard.declaresBody(request(-1, Map.of("Transfer-Encoding", "chunked")))).as("chunked").isTrue();
        assertThat(FormGuard.declaresBody(request(0, Map.of()))).as("Content-Length: 0").isFalse();
        assertThat(FormGuard.declaresBody(request(-1, Map.of()))).as("neither").isFalse();
    }

    /** The request as Jersey hands it to a pre-matching filter: its length, headers and body. */
    private ContainerRequestContext request(int length, Map<String, String> headers) {
        return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getLength" -> length;
                    case "getHeaderString" -> headers.get((String) arguments[0]);
                    case "getEntityStream" -> UNREADABLE;
                    case "getMethod" -> "POST";
                    case "abortWith" -> {
                        answer.set((Response) arguments[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
