package org.newsdesk.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadersSkipSignInTest {

    @Test
    void readersViewsOfTheSiteSkipTheSignIn() {
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/", false)).isTrue();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/politics/2026/12/01/budget", false)).isTrue();
        assertThat(ReadersSkipSignIn.isReadersView("HEAD", "/politics/", false)).isTrue();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/feed.xml", false)).isTrue();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/search", false)).isTrue();
    }

    @Test
    void theNewsroomTheApiPreviewsAndPayarasEndpointsKeepTheirSignIn() {
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/admin", false)).isFalse();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/admin/login", false)).isFalse();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/api/v1/articles", false)).isFalse();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/preview/abc", false)).isFalse();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/metrics", false)).isFalse();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/openapi", false)).isFalse();
    }

    @Test
    void onlyReadingIsSkippedAndNeverWhatAConstraintProtects() {
        assertThat(ReadersSkipSignIn.isReadersView("POST", "/politics/", false)).isFalse();
        assertThat(ReadersSkipSignIn.isReadersView("PUT", "/", false)).isFalse();
        assertThat(ReadersSkipSignIn.isReadersView("GET", "/politics/", true)).isFalse();
    }
}
