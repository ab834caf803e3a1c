package org.newsdesk.cms.publish.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.publish.cache.CacheGroups;
import org.newsdesk.cms.publish.cache.PageCache;
import org.newsdesk.cms.publish.cache.RenderedPage;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.page.RenderContexts;
import org.newsdesk.cms.publish.url.PathOwner;
import org.newsdesk.cms.publish.url.PublicPath;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;

/**
 * The public site's delivery pipeline, in front of everything else in the WAR:
 * request → resolve the URL (301 for old addresses, also those of stories imported from WordPress,
 * 404 unknown, 410 taken down) → conditional GET
 * (ETag and Last-Modified, 304) → page cache → render from read-only view models → cache.
 *
 * <p>Paths that belong to the newsroom (the admin UI, signed previews, its assets and error pages),
 * the server's operations endpoints, the site's own static files and anything another servlet is
 * mapped to pass through untouched ({@link PathOwner} says whose a path is).
 *
 * <p>Cache-Control for public pages: {@value #PUBLIC_CACHE_CONTROL}. Browsers revalidate on every
 * view (cheap: a 304 from the page cache), so a reader reloading after a correction sees it at
 * once; a CDN or proxy may serve a page for a minute without asking, keeps serving it for another
 * while it fetches a fresh copy, and for a day if this site is down. A minute of CDN lag is the
 * price of taking most of the load off the origin; the origin itself is never stale.
 */
@WebFilter(filterName = "PublicSite") // mapped in cms-web's web.xml, after the security headers
public class PublicSite extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400";
    /** Error pages: a CDN may hold them briefly, but a story published a moment later must show. */
    static final String ERROR_CACHE_CONTROL = "public, max-age=0, s-maxage=10";

    @Inject
    PublicPages pages;

    @Inject
    PageCache cache;

    @Inject
    RenderContexts contexts;

    @Inject
    BannerWatch banner;

    @Inject
    @ConfigProperty(name = "cms.site.url")
    Optional<String> configuredSiteUrl;

    /**
     * The addresses of the site's pages as recently read, so that a cached page is found without
     * parsing its address again (regular expressions, on every view). Only addresses of pages
     * the cache keeps: nonsense paths cannot crowd it.
     */
    private final Cache<String, Parsed> addresses = Caffeine.newBuilder().maximumSize(20_000).build();

    /** The configured site URL, read once; null: each request's own scheme, host and port. */
    private volatile SiteBase configuredBase;

    /**
     * @param pagePath the address's canonical path, worked out once: it is part of the page's
     *                 cache key on every view
     */
    private record Parsed(Optional<PublicPath> address, Optional<String> group, String pagePath) {

        static Parsed of(Optional<PublicPath> address) {
            return new Parsed(address, address.flatMap(CacheGroups::of), address.map(PublicPath::path).orElse(null));
        }
    }

    @Override
    public void init() {
        configuredBase = configuredSiteUrl.filter(url -> !url.isBlank()).map(String::strip).map(SiteBase::new).orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || !isTheSites(path)) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String asked = query == null ? path : path + "?" + query;
        Parsed parsed = addresses.getIfPresent(asked);
        if (parsed == null) {
            parsed = Parsed.of(PublicUrls.parseRequest(path, request::getParameter));
            if (parsed.group().isPresent()) {
                addresses.put(asked, parsed);
            }
        }
        Optional<PublicPath> address = parsed.address();
        Optional<String> group = parsed.group();
        // a path shaped like the site's own pages is the site's; anything else may be a file or
        // another servlet's (looking for a file is slow: only for paths the site does not know)
        if (group.isEmpty() && isServedElsewhere(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        SiteBase base = configuredBase != null ? configuredBase : SiteBase.of(Optional.empty(), request);
        // a GET's parameters are its query's: none to parse without one
        String post = query == null ? null : request.getParameter("p");
        if (post != null) {
            // WordPress's ?p=ID, on any page: a story moved in from there, before any cached page
            Optional<RenderedPage> moved = pages.oldAddress(path, post, contexts.at(base));
            if (moved.isPresent()) {
                send(moved.get(), Optional.empty(), request, response);
                return;
            }
        }
        String key = null;
        // pages showing an expiring breaking-news banner are kept under a key naming its expiry
        String bannerPart = banner.keyPart();
        if (group.isPresent()) {
            // the generation is read before anything the page shows: see PageCache
            // the banner's generation too: a banner change evicts that one group, which every page names
            String page = base.root() + parsed.pagePath() + bannerPart
                    + "|banner#" + cache.generation(CacheGroups.BANNER);
            PageCache.Lookup cached = cache.lookup(group.get(), page);
            if (cached.page().isPresent()) {
                send(cached.page().get(), group, request, response);
                return;
            }
            key = cached.key();
        }
        String keptUnder = key;
        // readers who miss the same page at the same moment wait for one render of it
        RenderedPage rendered = cache.renderOnce(key, () -> {
            RenderContext site = contexts.at(base);
            RenderedPage page = address.map(found -> pages.answer(found, site)).orElseGet(() -> pages.notFound(site));
            banner.rendered(site.banner());
            if (keptUnder == null || page.status() == HttpServletResponse.SC_NOT_FOUND
                    || !BannerWatch.mayKeep(bannerPart, site.banner())) {
                // a 404 is not kept: the address may become a story or a section at any moment
                return page;
            }
            RenderedPage compressed = page.compressed();
            cache.put(keptUnder, compressed);
            return compressed;
        });
        if (rendered.status() == HttpServletResponse.SC_NOT_FOUND) {
            // an old address of a story moved in from another system; not kept in the cache, whose
            // groups know nothing of such addresses (and a 404 costs a lookup anyway)
            Optional<RenderedPage> moved = pages.oldAddress(path, null, contexts.at(base));
            if (moved.isPresent()) {
                send(moved.get(), Optional.empty(), request, response);
                return;
            }
        }
        send(rendered, group, request, response);
    }

    /**
     * Whether the site answers {@code path}, or steps aside for its owner: the newsroom, the static
     * files, or Payara's endpoints, which Payara adds to the application at the context root, behind
     * this filter ({@code /health/} looks like a section front, but is Payara's).
     */
    static boolean isTheSites(String path) {
        return PathOwner.of(path) == PathOwner.SITE;
    }

    /** A static file in the WAR, or a path another servlet is mapped to, is not the site's to answer. */
    private static boolean isServedElsewhere(HttpServletRequest request, String path) throws MalformedURLException {
        if (request.getHttpServletMapping() != null
                && request.getHttpServletMapping().getMappingMatch() != jakarta.servlet.http.MappingMatch.DEFAULT) {
            return !path.equals("/");
        }
        return !path.endsWith("/") && request.getServletContext().getResource(path) != null;
    }

    /**
     * Sends a page: gzipped (the bytes compressed when it was kept) to readers who accept gzip,
     * each representation with an ETag of its own; its cache group named in {@code Surrogate-Key}
     * (Fastly, Varnish) and {@code Cache-Tag} (Cloudflare, Akamai), so a CDN in front can purge
     * exactly the pages a publish evicts here.
     */
    private static void send(RenderedPage page, Optional<String> group, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        int status = page.status();
        response.setHeader("Cache-Control", status == 200 || status == 301 ? PUBLIC_CACHE_CONTROL : ERROR_CACHE_CONTROL);
        if (group.isPresent()) {
            response.setHeader("Surrogate-Key", group.get());
            response.setHeader("Cache-Tag", group.get());
        }
        if (status == HttpServletResponse.SC_MOVED_PERMANENTLY) {
            response.setStatus(status);
            response.setHeader("Location", page.location());
            return;
        }
        response.setHeader("Vary", "Accept-Encoding");
        boolean gzip = page.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        if (page.lastModified() != null) {
            response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        }
        if (status == 200 && notModified(etag, page.lastModified(), request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzip() : page.body();
        response.setStatus(status);
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether an Accept-Encoding header takes gzip: named (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                    if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * RFC 9110: If-None-Match decides when present (weak comparison, as for GET); otherwise
     * If-Modified-Since, to the second, against Last-Modified.
     *
     * @param ours the ETag of the representation about to be sent
     */
    static boolean notModified(String ours, Instant lastModified, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            if (ours == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(ours)) {
                    return true;
                }
            }
            return false;
        }
        if (lastModified == null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since != -1 && lastModified.getEpochSecond() <= Instant.ofEpochMilli(since).getEpochSecond();
    }
}
