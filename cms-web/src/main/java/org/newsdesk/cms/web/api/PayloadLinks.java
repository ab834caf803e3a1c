package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.webhook.WebhookLinks;

/**
 * The URLs in a webhook's payload. No request is at hand when a delivery is recorded, so they are
 * absolute on the configured site address ({@code cms.site.url}) and paths without one.
 */
@ApplicationScoped
public class PayloadLinks implements WebhookLinks {

    @Inject
    PublicUrls urls;

    @Inject
    @ConfigProperty(name = "cms.site.url")
    Optional<String> configuredSiteUrl;

    @Override
    public Optional<String> publicUrl(Article article) {
        return urls.articlePath(article).map(path -> root() + path);
    }

    @Override
    public String apiUrl(long articleId) {
        return root() + "/api/v1/articles/" + articleId;
    }

    private String root() {
        return configuredSiteUrl.map(String::strip).map(url -> url.replaceAll("/+$", "")).orElse("");
    }
}
