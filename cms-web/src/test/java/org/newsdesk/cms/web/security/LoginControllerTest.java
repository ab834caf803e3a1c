package org.newsdesk.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where sign-in may send an editor on to: only pages of the admin UI, never elsewhere. */
class LoginControllerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/", "/admin/?from=bookmark", "/admin/articles/42/edit",
            "/admin/articles?status=DRAFT&page=2", "/admin/articles/?q=budget%20vote"})
    void pagesOfTheAdminUiAreWhereSignInGoesOnTo(String next) {
        assertThat(LoginController.isAdminPage(next)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//evil.example/admin/", "https://evil.example/admin/", "/\\evil.example",
            "/admin//evil.example", "/admin/../politics", "/admin/./x/../../y", "/adminx", "/admin/a b",
            "/admin/x\r\nSet-Cookie: a=b", "/admin/x|y", "javascript:alert(1)", "/admin\\..\\x"})
    void anythingElseIsRefused(String next) {
        assertThat(LoginController.isAdminPage(next)).isFalse();
    }

    @Test
    void noNextMeansTheDashboard() {
        assertThat(LoginController.isAdminPage(null)).isFalse();
    }
}
