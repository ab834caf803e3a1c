package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.publish.url.SiteBase;

/** Where the public site is, for the absolute URLs in answers: as the pages make them. */
@ApplicationScoped
public class Sites {

    @Inject
    @ConfigProperty(name = "cms.site.url")
    Optional<String> configuredSiteUrl;

    SiteBase of(HttpServletRequest request) {
        return SiteBase.of(configuredSiteUrl, request);
    }
}
