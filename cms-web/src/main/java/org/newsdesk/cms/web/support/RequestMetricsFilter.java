package org.newsdesk.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counts every request by the part of the site it was for and the class of its answer
 * ({@value #REQUESTS}, tagged {@code area} and {@code status}, in the application metrics): a
 * rise in public 5xx or admin 4xx is what an operator is paged for.
 */
// mapped in web.xml: first of all filters, so that it sees the answer whoever gives it
@WebFilter(filterName = "RequestMetrics")
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String REQUESTS = "newsdesk.requests";
    private static final Metadata REQUESTS_METADATA = Metadata.builder()
            .withName(REQUESTS)
            .withDescription("Requests answered, by area (public, admin, preview, assets) and status class (2xx to 5xx); "
                    + "Payara's /health and /metrics are not counted")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    transient MetricRegistry metrics;

    /** By area and status class (area's ordinal × 6 + the status's first digit): one registry lookup per pair, not per request. */
    private final transient AtomicReferenceArray<Counter> counters = new AtomicReferenceArray<>(SiteArea.values().length * 6);

    @Override
    public void init() {
        // every usual pair from the start, so that a first 5xx shows as a rise from zero
        for (SiteArea area : SiteArea.values()) {
            for (int status : new int[] {200, 300, 400, 500}) {
                counter(area, status);
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<SiteArea> area = SiteArea.of(request.getRequestURI().substring(request.getContextPath().length()));
        if (area.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean answered = false;
        try {
            chain.doFilter(request, response);
            answered = true;
        } finally {
            // an exception not yet sent becomes the container's 500 page
            int status = answered || response.isCommitted() ? response.getStatus() : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            counter(area.get(), status).inc();
        }
    }

    private Counter counter(SiteArea area, int status) {
        int slot = area.ordinal() * 6 + (status < 100 || status > 599 ? 5 : status / 100); // as SiteArea.statusClass
        Counter counter = counters.get(slot);
        if (counter == null) {
            // the registry gives every caller the same counter for the same tags
            counter = metrics.counter(REQUESTS_METADATA, new Tag("area", area.tag()), new Tag("status", SiteArea.statusClass(status)));
            counters.set(slot, counter);
        }
        return counter;
    }
}
