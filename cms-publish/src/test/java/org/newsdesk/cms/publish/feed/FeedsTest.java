package org.newsdesk.cms.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.page.TestSites;
import org.newsdesk.cms.section.Section;

/** Feeds that a strict reader accepts: absolute links, real dates, the dek as summary. */
class FeedsTest {

    private static final Instant FIRST = Instant.parse("2021-12-15T17:49:00Z");
    private static final Instant UPDATED = Instant.parse("2021-12-15T19:38:00Z");

    private final Section politics = TestSites.section(7, "Politics", "politics", null);
    private final RenderContext site = TestSites.site(politics);
    private final List<StoryListing> stories = List.of(
            new StoryListing(2L, "Mayor signs budget & <thanks> council", "Ink dries.", "mayor-signs", 7L, UPDATED, null, UPDATED),
            new StoryListing(1L, "Council approves budget", null, "council-approves-budget", 7L, FIRST, UPDATED, UPDATED));

    @Test
    void rssParsesWithTheHealerOffAndCarriesWhatReadersSee() throws Exception {
        SyndFeed feed = parse(Feeds.write(Feeds.RSS, "Newsdesk", "https://news.example.com/",
                "https://news.example.com/feed.xml", stories, site));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getLink()).isEqualTo("https://news.example.com/");
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getTitle()).isEqualTo("Mayor signs budget & <thanks> council");
        assertThat(first.getLink()).isEqualTo("https://news.example.com/politics/2021/12/15/mayor-signs");
        assertThat(first.getDescription().getValue()).isEqualTo("Ink dries.");
        assertThat(first.getPublishedDate()).isEqualTo(Date.from(UPDATED));
        assertThat(feed.getEntries().get(1).getDescription()).as("no dek, no summary").isNull();
    }

    @Test
    void atomHasIdsUpdatedTimesAndTheShownUpdate() throws Exception {
        SyndFeed feed = parse(Feeds.write(Feeds.ATOM, "Newsdesk", "https://news.example.com/",
                "https://news.example.com/atom.xml", stories, site));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("https://news.example.com/atom.xml");
        SyndEntry updated = feed.getEntries().get(1);
        assertThat(updated.getUri()).isEqualTo("https://news.example.com/politics/2021/12/15/council-approves-budget");
        assertThat(updated.getPublishedDate()).isEqualTo(Date.from(FIRST));
        assertThat(updated.getUpdatedDate()).as("the visible update").isEqualTo(Date.from(UPDATED));
    }

    private static SyndFeed parse(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setXmlHealerOn(false);
        return input.build(new StringReader(xml));
    }
}
