package org.newsdesk.cms.web.support;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Every request answered, by the part of the site it was for and the class of its answer
 * ({@value #REQUESTS}, tagged {@code area} and {@code status}, in the application metrics): a rise
 * in public 5xx or admin 4xx is what an operator is paged for. Counted by {@link RequestMetricsFilter}
 * for what the web container answers, and by the front door for the kept pages it answers before it.
 */
@ApplicationScoped
public class RequestCounts {

    static final String REQUESTS = "newsdesk.requests";
    private static final Metadata REQUESTS_METADATA = Metadata.builder()
            .withName(REQUESTS)
            .withDescription("Requests answered, by area (public, admin, preview, assets) and status class (2xx to 5xx); "
                    + "Payara's /health and /metrics are not counted")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    /** By area and status class (area's ordinal × 6 + the status's first digit): one registry lookup per pair, not per request. */
    private final AtomicReferenceArray<Counter> counters = new AtomicReferenceArray<>(SiteArea.values().length * 6);

    /** Made with the application, so that the counters are there before the first request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the instance exists now: registerUsualPairs has run
    }

    @PostConstruct
    void registerUsualPairs() {
        // every usual pair from the start, so that a first 5xx shows as a rise from zero
        for (SiteArea area : SiteArea.values()) {
            for (int status : new int[] {200, 300, 400, 500}) {
                counter(area, status);
            }
        }
    }

    /** Counts one answer. */
    public void answered(SiteArea area, int status) {
        counter(area, status).inc();
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
