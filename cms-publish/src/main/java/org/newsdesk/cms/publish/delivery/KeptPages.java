package org.newsdesk.cms.publish.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.publish.cache.CacheGroups;
import org.newsdesk.cms.publish.cache.PageCache;
import org.newsdesk.cms.publish.cache.RenderedPage;
import org.newsdesk.cms.publish.url.PublicPath;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;

/**
 * Which kept page a reader's request names: the address as recently read, the site's root and the
 * page cache's key. Shared by the servlet pipeline ({@link PublicSite}) and the front door that
 * answers kept pages before the web container (web {@code delivery}), so that both find the same
 * page for the same request, and a page the pipeline has never answered is never the door's.
 */
@ApplicationScoped
public class KeptPages {

    @Inject
    PageCache cache;

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
    private final Cache<String, Address> addresses = Caffeine.newBuilder().maximumSize(20_000).build();

    /** The configured site URL, read once; null: each request's own scheme, host and port. */
    private SiteBase configuredBase;

    /**
     * An address as read.
     *
     * @param group    its page's cache group; empty for addresses whose pages are not kept
     * @param pagePath the address's canonical path, worked out once: it is part of the page's
     *                 cache key on every view
     */
    record Address(Optional<PublicPath> address, Optional<String> group, String pagePath) {

        static Address of(Optional<PublicPath> address) {
            return new Address(address, address.flatMap(CacheGroups::of), address.map(PublicPath::path).orElse(null));
        }
    }

    /** A kept page and its cache group. */
    public record Kept(RenderedPage page, Optional<String> group) {
    }

    @PostConstruct
    void readSiteUrl() {
        configuredBase = configuredSiteUrl.filter(url -> !url.isBlank()).map(String::strip).map(SiteBase::new).orElse(null);
    }

    /**
     * Reads an address, or remembers how it was read.
     *
     * @param asked      the path with its query, as asked
     * @param parameters the request's parameters (a few addresses, such as search, read them)
     */
    Address address(String asked, String path, UnaryOperator<String> parameters) {
        Address known = addresses.getIfPresent(asked);
        if (known != null) {
            return known;
        }
        Address read = Address.of(PublicUrls.parseRequest(path, parameters));
        if (read.group().isPresent()) {
            addresses.put(asked, read);
        }
        return read;
    }

    /** Where the site is for this request: the configured site URL, or the request's own root. */
    SiteBase base(HttpServletRequest request) {
        return configuredBase != null ? configuredBase : SiteBase.of(Optional.empty(), request);
    }

    /**
     * What names a page within its group: the site's root and the page's path, the expiry of a
     * breaking-news banner it shows ({@link BannerWatch#keyPart}) and the banner's generation
     * (a banner change evicts that one group, which every page names).
     */
    static String page(String root, String pagePath, String bannerPart, long bannerGeneration) {
        return root + pagePath + bannerPart + "|banner#" + bannerGeneration;
    }

    /**
     * The page this instance keeps for a reader's plain view (a GET or HEAD without a query) of
     * {@code path}, if it has a current one in its own memory; empty when anything more is needed
     * (an address not read here yet, a group whose generation this instance has yet to learn, a
     * page not kept here), which the servlet pipeline then does. A page found counts as a hit.
     *
     * @param path        the path within the application, as asked (not decoded)
     * @param scheme      the request's own scheme, host and port (for a site without a configured URL)
     * @param contextPath the application's context path
     */
    public Optional<Kept> find(String path, String scheme, String serverName, int port, String contextPath) {
        Address known = addresses.getIfPresent(path);
        if (known == null || known.group().isEmpty()) {
            return Optional.empty();
        }
        long bannerGeneration = cache.knownGeneration(CacheGroups.BANNER);
        if (bannerGeneration < 0) {
            return Optional.empty();
        }
        String root = configuredBase != null ? configuredBase.root() : SiteBase.root(scheme, serverName, port, contextPath);
        String page = page(root, known.pagePath(), banner.keyPart(), bannerGeneration);
        return cache.peek(known.group().get(), page).map(kept -> new Kept(kept, known.group()));
    }
}
