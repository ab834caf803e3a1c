package org.newsdesk.cms.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which pages are evicted together, read from the path alone. */
class CacheGroupsTest {

    @Test
    void anArticleAddressIsItsOwnGroup() {
        assertThat(CacheGroups.of("/politics/elections/2022/11/08/polls-close", 1)).contains("path:/politics/elections/2022/11/08/polls-close");
    }

    @Test
    void aFrontItsPagesAndItsFeedsShareTheSectionsGroup() {
        assertThat(CacheGroups.of("/politics/elections/", 1)).contains("section:/politics/elections/");
        assertThat(CacheGroups.of("/politics/elections/", 3)).contains("section:/politics/elections/");
        assertThat(CacheGroups.of("/politics/elections/feed.xml", 1)).contains("section:/politics/elections/");
        assertThat(CacheGroups.of("/politics/elections/atom.xml", 1)).contains("section:/politics/elections/");
    }

    @Test
    void siteWidePages() {
        assertThat(CacheGroups.of("/", 1)).contains(CacheGroups.HOME);
        assertThat(CacheGroups.of("/feed.xml", 1)).contains(CacheGroups.FEEDS);
        assertThat(CacheGroups.of("/atom.xml", 1)).contains(CacheGroups.FEEDS);
        assertThat(CacheGroups.of("/sitemap.xml", 1)).contains(CacheGroups.SITEMAPS);
        assertThat(CacheGroups.of("/sitemaps/articles-2.xml", 1)).contains(CacheGroups.SITEMAPS);
        assertThat(CacheGroups.of("/news-sitemap.xml", 1)).contains(CacheGroups.SITEMAPS);
        assertThat(CacheGroups.of("/authors/ada-reporter/", 2)).contains("author:ada-reporter");
    }

    @Test
    void badPageNumbersAndOddPathsAreNotKept() {
        assertThat(CacheGroups.of("/politics/", null)).isEmpty();
        assertThat(CacheGroups.of("/Politics/", 1)).isEmpty();
        assertThat(CacheGroups.of("/politics", 1)).isEmpty();
    }
}
