package org.newsdesk.cms.publish.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.cms.publish.page.BannerView;

/**
 * Keeps pages carrying an expiring breaking-news banner from outliving the banner, without any
 * event at the expiry (no instance need be awake then, and no page need be evicted).
 *
 * <p>Each instance remembers the expiry of the last expiring banner it rendered a page with. The
 * cache key of every page includes that expiry while it lies ahead ({@link #keyPart}); a page is
 * kept only when the banner it shows matches the key it was looked up under ({@link #mayKeep}).
 * So a page showing a banner that expires at T is only ever found before T: after T the key
 * no longer names T, and the page is rendered afresh, without the banner. An instance that has
 * not yet seen the banner looks pages up under a key without it, renders the banner, does not
 * keep that page, and from then on uses the key with T.
 *
 * <p>Putting up or taking down a banner evicts the banner's cache group, whose generation every
 * page's key names (see the front eviction and {@link PublicSite}): that reaches every page on
 * every instance at once. A banner without an expiry needs nothing more.
 */
@ApplicationScoped
public class BannerWatch {

    @Inject
    Clock clock;

    /** The expiry of the last expiring banner rendered on this instance; null: none seen. */
    private final AtomicReference<Instant> seen = new AtomicReference<>();

    /** What the cache key of a page looked up now adds: the expiry ahead, or nothing. */
    public String keyPart() {
        Instant expiry = seen.get();
        return expiry != null && clock.instant().isBefore(expiry) ? "|banner-until:" + expiry.toEpochMilli() : "";
    }

    /** Notes the banner a page was rendered with. */
    public void rendered(BannerView banner) {
        Instant expiry = banner == null ? null : banner.expiresAt();
        seen.set(expiry);
    }

    /** Whether a page rendered with {@code banner} may be kept under a key made with {@code keyPart}. */
    public static boolean mayKeep(String keyPart, BannerView banner) {
        String shown = banner == null || banner.expiresAt() == null ? "" : "|banner-until:" + banner.expiresAt().toEpochMilli();
        return shown.equals(keyPart);
    }
}
