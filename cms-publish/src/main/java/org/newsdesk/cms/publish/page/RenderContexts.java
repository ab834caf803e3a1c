package org.newsdesk.cms.publish.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.front.BannerService;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.time.PublicationTime;

/**
 * Makes the {@link RenderContext} of a request; the sections and the breaking-news banner are read
 * afresh each time, as editors may have just changed them.
 */
@ApplicationScoped
public class RenderContexts {

    @Inject
    SectionRepository sections;

    @Inject
    PublicUrls urls;

    @Inject
    PublicationTime time;

    @Inject
    BannerService banners;

    @Inject
    @ConfigProperty(name = "cms.site.name", defaultValue = "Newsdesk")
    String siteName;

    /** The context for pages of the site at {@code base}. */
    public RenderContext at(SiteBase base) {
        BannerView banner = banners.shown()
                .map(shown -> new BannerView(shown.getText(),
                        shown.getLink().map(link -> link.startsWith("/") ? base.absolute(link) : link).orElse(null),
                        shown.getExpiresAt().orElse(null)))
                .orElse(null);
        return new RenderContext(siteName, base, new SectionTree(sections.all()), urls, time, banner);
    }
}
