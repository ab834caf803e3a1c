package org.newsdesk.cms.web.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths the front door may look up as they stand, and which it leaves to the web container to normalise. */
class FrontDoorTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/politics/", "/politics/2026/03/05/budget-vote", "/feed.xml", "/politics/feed.xml",
            "/authors/ada-lovelace/", "/sitemap.xml", "/robots.txt", "/news-2026_v2~draft"})
    void plainPathsOfTheSite(String path) {
        assertThat(FrontDoor.isPlain(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "politics/", "//politics/", "/politics//", "/./politics/", "/politics/../admin/",
            "/politics/.", "/%70olitics/", "/politics/;jsessionid=1", "/politics/caf\u00e9", "/politics\\budget",
            "/politics/ budget", "/.well-known/security.txt"})
    void pathsTheContainerNormalisesOrDecodesFirst(String path) {
        assertThat(FrontDoor.isPlain(path)).isFalse();
    }
}
