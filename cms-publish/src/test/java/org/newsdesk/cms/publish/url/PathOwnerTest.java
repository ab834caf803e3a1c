package org.newsdesk.cms.publish.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whose a path is, and the first segments no top-level section may take. */
class PathOwnerTest {

    private final ReservedFirstSegments reserved = new ReservedFirstSegments();

    @ParameterizedTest
    @CsvSource({
            "/, SITE", "/politics/, SITE", "/authors/ada/, SITE", "/feed.xml, SITE", "/administration/, SITE",
            "/healthcare/, SITE", "/politics/admin/, SITE",
            "/admin, ADMIN", "/admin/, ADMIN", "/admin/articles/12, ADMIN",
            "/preview/Zm9vYmFy, PREVIEW",
            "/assets/admin.css, FILES", "/site/newsdesk.css, FILES", "/errors/404.html, FILES",
            "/health, SERVER", "/health/ready, SERVER", "/metrics, SERVER", "/metrics/, SERVER", "/openapi, SERVER"})
    void theFirstSegmentSaysWhoAnswers(String path, PathOwner owner) {
        assertThat(PathOwner.of(path)).isEqualTo(owner);
    }

    /** Every slug the section rules reserved before the path model did, and the site's own files. */
    @ParameterizedTest
    @ValueSource(strings = {"admin", "authors", "assets", "feed", "feeds", "page", "preview", "search", "sitemaps", "health",
            "metrics", "openapi", "api", "errors", "site", "feed.xml", "atom.xml", "sitemap.xml", "news-sitemap.xml",
            "robots.txt"})
    void noTopLevelSectionMayTakeAFirstSegmentInUse(String slug) {
        assertThat(reserved.isReserved(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"politics", "health-care", "administration", "sitemap", "author"})
    void otherSlugsAreFree(String slug) {
        assertThat(reserved.isReserved(slug)).isFalse();
    }
}
