package org.newsdesk.cms.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The old addresses of a post under each of WordPress's permalink structures. */
class LegacyAddressTest {

    private static final String BLOG = "https://ledger.example.org";

    @Test
    void plain() {
        assertThat(LegacyAddress.of("https://ledger.example.org/?p=123", 123, BLOG)).containsExactly("/?p=123");
    }

    @Test
    void dayAndName() {
        assertThat(LegacyAddress.of("https://ledger.example.org/2021/12/15/budget-passes/", 123, BLOG))
                .containsExactly("/2021/12/15/budget-passes", "/?p=123");
    }

    @Test
    void monthAndName() {
        assertThat(LegacyAddress.of("https://ledger.example.org/2021/12/budget-passes/", 123, BLOG))
                .containsExactly("/2021/12/budget-passes", "/?p=123");
    }

    @Test
    void numeric() {
        assertThat(LegacyAddress.of("https://ledger.example.org/archives/123", 123, BLOG))
                .containsExactly("/archives/123", "/?p=123");
    }

    @Test
    void postName() {
        assertThat(LegacyAddress.of("https://ledger.example.org/budget-passes/", 123, BLOG))
                .containsExactly("/budget-passes", "/?p=123");
    }

    @Test
    void customStructureWithCategoryAndHtmlSuffix() {
        assertThat(LegacyAddress.of("https://ledger.example.org/news/city/budget-passes.html", 123, BLOG))
                .containsExactly("/news/city/budget-passes.html", "/?p=123");
    }

    @Test
    void aBlogInASubdirectoryKeepsItsDirectoryInBoth() {
        assertThat(LegacyAddress.of("https://example.org/ledger/2021/12/15/budget-passes/", 123, "https://example.org/ledger"))
                .containsExactly("/ledger/2021/12/15/budget-passes", "/ledger?p=123");
    }

    @Test
    void encodedNamesAreKeyedAsBrowsersSendThemInUpperCase() {
        assertThat(LegacyAddress.of("https://ledger.example.org/2021/12/15/caf%c3%a9-opens/", 9, BLOG))
                .contains("/2021/12/15/caf%C3%A9-opens");
    }

    @Test
    void requestsAreKeyedTheSameWayWithOrWithoutTheirSlash() {
        assertThat(LegacyAddress.key("/2021/12/15/budget-passes/", null)).isEqualTo("/2021/12/15/budget-passes");
        assertThat(LegacyAddress.key("/2021/12/15/budget-passes", null)).isEqualTo("/2021/12/15/budget-passes");
        assertThat(LegacyAddress.key("/", "123")).isEqualTo("/?p=123");
        assertThat(LegacyAddress.key("/ledger/", "123")).isEqualTo("/ledger?p=123");
        // a p that is no post number is no post
        assertThat(LegacyAddress.key("/", "x1")).isEqualTo("/");
    }

    @Test
    void aLinkToTheHomePageIsNoOldAddress() {
        assertThat(LegacyAddress.of("https://ledger.example.org/", 0, BLOG)).isEmpty();
    }

    @Test
    void percentEncodingIsTheSameAddressInEitherCase() {
        String imported = LegacyAddress.of("https://ledger.example.org/2021/12/caf%c3%a9-opens/", 0, "https://ledger.example.org")
                .iterator().next();
        assertThat(LegacyAddress.key("/2021/12/caf%C3%A9-opens/", null)).isEqualTo(imported);
        assertThat(LegacyAddress.key("/100%25-sure", null)).isEqualTo("/100%25-sure");
        assertThat(LegacyAddress.key("/odd%zz%a", null)).isEqualTo("/odd%zz%a");
    }
}
