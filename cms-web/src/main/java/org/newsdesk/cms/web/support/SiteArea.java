package org.newsdesk.cms.web.support;

import java.util.Locale;
import java.util.Optional;
import org.newsdesk.cms.publish.url.PathOwner;

/**
 * The parts of the site an operator tells apart in the request counts: readers' pages, the
 * newsroom's admin UI, shared preview links, and static files. Read from the path alone, by
 * the public path model's {@link PathOwner}.
 */
public enum SiteArea {

    PUBLIC, ADMIN, PREVIEW, ASSETS, API;

    /** The value of the {@code area} tag. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The area of a path within the application, by its owner; empty for Payara's endpoints, which
     * probes and scrapers call every few seconds and would drown the readers' numbers.
     */
    public static Optional<SiteArea> of(String path) {
        return switch (PathOwner.of(path)) {
            case SITE -> Optional.of(PUBLIC);
            case ADMIN -> Optional.of(ADMIN);
            case API -> Optional.of(API);
            case PREVIEW -> Optional.of(PREVIEW);
            case FILES -> Optional.of(ASSETS);
            case SERVER -> Optional.empty();
        };
    }

    /** The value of the {@code status} tag: {@code 2xx} … {@code 5xx}, by the status's first digit. */
    public static String statusClass(int status) {
        if (status < 100 || status > 599) {
            return "5xx"; // not a status a client can act on: the server's fault
        }
        return status / 100 + "xx";
    }
}
