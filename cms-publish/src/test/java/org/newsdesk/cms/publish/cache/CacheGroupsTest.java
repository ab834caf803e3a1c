package org.newsdesk.cms.publish.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.publish.url.PublicUrls;

/** Which pages are evicted together, read from the address alone. */
class CacheGroupsTest {

    @Test
    void anArticleAddressIsItsOwnGroup() {
        assertThat(groupOf("/politics/elections/2022/11/08/polls-close", null)).contains("path:/politics/elections/2022/11/08/polls-close");
    }

    @Test
    void aFrontItsPagesAndItsFeedsShareTheSectionsGroup() {
        assertThat(groupOf("/politics/elections/", null)).contains("section:/politics/elections/");
        assertThat(groupOf("/politics/elections/", "3")).contains("section:/politics/elections/");
        assertThat(groupOf("/politics/elections/feed.xml", null)).contains("section:/politics/elections/");
        assertThat(groupOf("/politics/elections/atom.xml", null)).contains("section:/politics/elections/");
        assertThat(CacheGroups.section("politics/elections")).as("what the eviction names").isEqualTo("section:/politics/elections/");
    }

    @Test
    void siteWidePages() {
        assertThat(groupOf("/", null)).contains(CacheGroups.HOME);
        assertThat(groupOf("/feed.xml", null)).contains(CacheGroups.FEEDS);
        assertThat(groupOf("/atom.xml", null)).contains(CacheGroups.FEEDS);
        assertThat(groupOf("/sitemap.xml", null)).contains(CacheGroups.SITEMAPS);
        assertThat(groupOf("/sitemaps/articles-2.xml", null)).contains(CacheGroups.SITEMAPS);
        assertThat(groupOf("/news-sitemap.xml", null)).contains(CacheGroups.SITEMAPS);
        assertThat(groupOf("/robots.txt", null)).contains(CacheGroups.SITEMAPS);
        assertThat(groupOf("/authors/ada-reporter/", "2")).contains("author:ada-reporter");
        assertThat(groupOf("/search", "4")).as("every search page, whatever it asks").contains(CacheGroups.SEARCH);
    }

    @Test
    void badPageNumbersOddPathsAndRedirectsAreNotKept() {
        assertThat(groupOf("/politics/", "0")).isEmpty();
        assertThat(groupOf("/politics/", "two")).isEmpty();
        assertThat(groupOf("/Politics/", null)).isEmpty();
        assertThat(groupOf("/politics", null)).isEmpty();
        assertThat(groupOf("/authors/ada-reporter", null)).isEmpty();
    }

    private static Optional<String> groupOf(String path, String page) {
        return PublicUrls.parse(path, page).flatMap(CacheGroups::of);
    }
}
