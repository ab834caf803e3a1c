package org.newsdesk.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads {@code cms.proxy.trusted} once (CMS_PROXY_TRUSTED) and hands out the one {@link ClientAddress}. */
@ApplicationScoped
public class TrustedProxies {

    @Produces
    @Singleton
    ClientAddress clientAddress(@ConfigProperty(name = "cms.proxy.trusted") String trusted) {
        return ClientAddress.trusting(trusted);
    }
}
