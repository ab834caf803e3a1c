package org.newsdesk.cms.publish.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths the public site leaves to others: the newsroom's, and Payara's operations endpoints. */
class PublicSiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/", "/health/ready", "/health/live", "/health/started", "/metrics", "/metrics/",
            "/openapi"})
    void payarasEndpointsAreNeverTheSites(String path) {
        assertThat(PublicSite.isTheSites(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/healthcare/", "/healthy-eating/2021/12/15/greens", "/metrics-of-success/",
            "/science/health/", "/science/health/2021/12/15/flu-season", "/authors/health/", "/administration/",
            "/politics/admin/", "/feed.xml", "/no-such-page"})
    void pathsThatOnlyStartLikeThemStayTheSites(String path) {
        assertThat(PublicSite.isTheSites(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/", "/admin/articles", "/preview/abc", "/assets/admin.css", "/site/newsdesk.css",
            "/errors/404.html"})
    void theNewsroomsPathsAreNotTheSites(String path) {
        assertThat(PublicSite.isTheSites(path)).isFalse();
    }
}
