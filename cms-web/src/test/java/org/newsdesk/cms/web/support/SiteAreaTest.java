package org.newsdesk.cms.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the request counts split the site: the tags an operator filters by. */
class SiteAreaTest {

    @ParameterizedTest
    @CsvSource({
            "/, public",
            "/politics/, public",
            "/politics/2021/12/15/council-approves-budget, public",
            "/feed.xml, public",
            "/authors/ada/, public",
            "/no-such-page, public",
            "/admin, admin",
            "/admin/, admin",
            "/admin/articles/12, admin",
            "/admin/login, admin",
            "/preview/Zm9vYmFy, preview",
            "/preview, preview",
            "/assets/admin.css, assets",
            "/assets/vendor/quill-2.0.3/quill.js, assets",
            "/site/newsdesk.css, assets",
            "/errors/404.html, assets",
            "/administration/, public",
            "/healthcare/, public"})
    void eachPathBelongsToOneArea(String path, String area) {
        assertThat(SiteArea.of(path)).hasValueSatisfying(found -> assertThat(found.tag()).isEqualTo(area));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/ready", "/health/live", "/metrics", "/metrics/", "/openapi", "/openapi/ui"})
    void payarasEndpointsAreNotCounted(String path) {
        assertThat(SiteArea.of(path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"200, 2xx", "204, 2xx", "301, 3xx", "304, 3xx", "403, 4xx", "404, 4xx", "410, 4xx", "500, 5xx", "503, 5xx",
            "101, 1xx", "0, 5xx", "999, 5xx"})
    void statusesCountByTheirClass(int status, String statusClass) {
        assertThat(SiteArea.statusClass(status)).isEqualTo(statusClass);
    }
}
