package org.newsdesk.cms.web.support;

import java.util.Locale;
import java.util.Optional;
import org.newsdesk.cms.publish.page.PublicSite;

/**
 * The parts of the site an operator tells apart in the request counts: readers' pages, the
 * newsroom's admin UI, shared preview links, and static files. Read from the path alone.
 */
public enum SiteArea {

    PUBLIC, ADMIN, PREVIEW, ASSETS;

    /** The value of the {@code area} tag. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The area of a path within the application; empty for Payara's health and metrics endpoints,
     * which probes and scrapers call every few seconds and would drown the readers' numbers.
     */
    public static Optional<SiteArea> of(String path) {
        if (PublicSite.isOperationsEndpoint(path)) {
            return Optional.empty();
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return Optional.of(ADMIN);
        }
        if (path.startsWith("/preview/")) {
            return Optional.of(PREVIEW);
        }
        // the admin UI's files, the public site's stylesheet and the static error pages
        if (path.startsWith("/assets/") || path.startsWith("/site/") || path.startsWith("/errors/")) {
            return Optional.of(ASSETS);
        }
        return Optional.of(PUBLIC);
    }

    /** The value of the {@code status} tag: {@code 2xx} … {@code 5xx}, by the status's first digit. */
    public static String statusClass(int status) {
        if (status < 100 || status > 599) {
            return "5xx"; // not a status a client can act on: the server's fault
        }
        return status / 100 + "xx";
    }
}
