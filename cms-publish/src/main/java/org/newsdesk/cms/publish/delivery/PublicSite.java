package org.newsdesk.cms.publish.delivery;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Optional;
import org.newsdesk.cms.publish.cache.CacheGroups;
import org.newsdesk.cms.publish.cache.PageCache;
import org.newsdesk.cms.publish.cache.RenderedPage;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.page.RenderContexts;
import org.newsdesk.cms.publish.url.PathOwner;
import org.newsdesk.cms.publish.url.PublicPath;
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
 * <p>Pages are sent by {@link PageReply} (Cache-Control, ETag and gzip are described there); a
 * page kept here may also be sent before the request reaches this filter, by the front door (web
 * {@code delivery}), which finds it through the same {@link KeptPages}.
 */
@WebFilter(filterName = "PublicSite") // mapped in cms-web's web.xml, after the security headers
public class PublicSite extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicPages pages;

    @Inject
    PageCache cache;

    @Inject
    KeptPages kept;

    @Inject
    RenderContexts contexts;

    @Inject
    BannerWatch banner;

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
        KeptPages.Address parsed = kept.address(query == null ? path : path + "?" + query, path, request::getParameter);
        Optional<PublicPath> address = parsed.address();
        Optional<String> group = parsed.group();
        // a path shaped like the site's own pages is the site's; anything else may be a file or
        // another servlet's (looking for a file is slow: only for paths the site does not know)
        if (group.isEmpty() && isServedElsewhere(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        SiteBase base = kept.base(request);
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
            String page = KeptPages.page(base.root(), parsed.pagePath(), bannerPart, cache.generation(CacheGroups.BANNER));
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
    public static boolean isTheSites(String path) {
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

    private static void send(RenderedPage page, Optional<String> group, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            ifModifiedSince = -1;
        }
        PageReply.Asked asked = new PageReply.Asked("HEAD".equals(request.getMethod()), request.getHeader("Accept-Encoding"),
                request.getHeader("If-None-Match"), ifModifiedSince);
        PageReply.send(page, group, asked, new PageReply.Reply() {
            @Override
            public void status(int status) {
                response.setStatus(status);
            }

            @Override
            public void header(String name, String value) {
                response.setHeader(name, value);
            }

            @Override
            public void contentType(String type) {
                response.setContentType(type);
            }

            @Override
            public void contentLength(int length) {
                response.setContentLength(length);
            }

            @Override
            public void body(byte[] body) throws IOException {
                response.getOutputStream().write(body);
            }
        });
    }
}
