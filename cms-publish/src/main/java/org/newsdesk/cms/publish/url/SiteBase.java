package org.newsdesk.cms.publish.url;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the public site is, as readers reach it: {@code https://news.example.com}, no trailing
 * slash. Absolute URLs (canonical links, Open Graph, feeds, sitemaps, structured data) start here.
 *
 * @param root the scheme, host, optional port and context path
 */
public record SiteBase(String root) {

    public SiteBase {
        root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /**
     * The configured site URL ({@code cms.site.url}) when there is one; otherwise the request's own
     * scheme, host and port, which is right behind a proxy only if the proxy passes the host on.
     */
    public static SiteBase of(Optional<String> configured, HttpServletRequest request) {
        return configured.filter(url -> !url.isBlank()).map(String::strip).map(SiteBase::new)
                .orElseGet(() -> new SiteBase(requestRoot(request)));
    }

    private static String requestRoot(HttpServletRequest request) {
        return root(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath());
    }

    /**
     * A request's own root, from what its connection and Host header say: the same for the servlet
     * request and for the server's request underneath it (the front door reads the latter).
     */
    public static String root(String scheme, String serverName, int port, String contextPath) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port <= 0 || lowerScheme.equals("http") && port == 80 || lowerScheme.equals("https") && port == 443;
        return lowerScheme + "://" + serverName + (defaultPort ? "" : ":" + port) + contextPath;
    }

    /** {@code path} (from {@link PublicUrls}) as an absolute URL. */
    public String absolute(String path) {
        return root + path;
    }
}
