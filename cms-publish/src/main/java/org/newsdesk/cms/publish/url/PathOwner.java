package org.newsdesk.cms.publish.url;

import static org.newsdesk.cms.publish.url.PublicPath.AUTHORS;
import static org.newsdesk.cms.publish.url.PublicPath.NEWS_SITEMAP;
import static org.newsdesk.cms.publish.url.PublicPath.ROBOTS;
import static org.newsdesk.cms.publish.url.PublicPath.SITEMAPS;
import static org.newsdesk.cms.publish.url.PublicPath.SITEMAP_INDEX;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.cms.publish.url.PublicPath.Feed;

/**
 * Who answers a path, read from its first segment. This is the one list of first segments that
 * are not a section's to take: a top-level section with one of these slugs would have its front
 * hidden by the page, file or endpoint already there ({@link ReservedFirstSegments}). The public
 * site steps aside for every owner but {@link #SITE}; the request counts tell the owners apart.
 */
public enum PathOwner {

    /**
     * Readers' pages, feeds and sitemaps, and the site's "not found" for anything unknown. Its own
     * first segments, and some kept free: pages readers might expect one day ({@code /search},
     * {@code /feed}, {@code /page}).
     */
    SITE(AUTHORS, SITEMAPS, Feed.RSS.file(), Feed.ATOM.file(), SITEMAP_INDEX, NEWS_SITEMAP, ROBOTS,
            "feed", "feeds", "page", "search"),
    /** The content API (cms-web's {@code api}): JSON with its own errors, never the site's pages. */
    API("api"),
    /** The newsroom's admin UI. */
    ADMIN("admin"),
    /** Shared previews of drafts, opened by a secret link. */
    PREVIEW("preview"),
    /** Static files: the admin UI's assets, the site's stylesheet, the error pages, pictures' renditions. */
    FILES("assets", "site", "errors", "media"),
    /** Payara's health, metrics and OpenAPI endpoints, which it adds beside the application. */
    SERVER("health", "metrics", "openapi");

    private static final Map<String, PathOwner> BY_FIRST_SEGMENT = Arrays.stream(values())
            .flatMap(owner -> owner.firstSegments.stream().map(segment -> Map.entry(segment, owner)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)); // a segment listed twice fails here

    private final Set<String> firstSegments;

    PathOwner(String... firstSegments) {
        this.firstSegments = Set.of(firstSegments);
    }

    /** The owner of a path within the application ({@code /admin/articles}: {@link #ADMIN}). */
    public static PathOwner of(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return BY_FIRST_SEGMENT.getOrDefault(path.substring(start, end < 0 ? path.length() : end), SITE);
    }

    /** Whether {@code segment} is one of the first segments listed here, the site's own included. */
    static boolean isTaken(String segment) {
        return BY_FIRST_SEGMENT.containsKey(segment);
    }
}
