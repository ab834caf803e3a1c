package org.newsdesk.cms.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
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

    @Test
    void aControlCharacterInAStoryCannotTakeTheFeedsDown() throws Exception {
        List<StoryListing> pasted = List.of(new StoryListing(3L, "Council\u0000 votes", "Line one\u000Bline two", "council-votes",
                7L, FIRST, null, FIRST));
        for (String format : List.of(Feeds.RSS, Feeds.ATOM)) {
            SyndFeed feed = parse(Feeds.write(format, "Newsdesk", "https://news.example.com/",
                    "https://news.example.com/feed.xml", pasted, site));
            assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Council votes");
            assertThat(feed.getEntries().get(0).getDescription().getValue()).isEqualTo("Line one line two");
        }
    }

    @Test
    void aControlCharacterInAStoredSlugCannotTakeTheFeedsDown() throws Exception {
        // found by FeedsFuzzTest: the address was written as it was, and ROME refused the NUL
        List<StoryListing> stored = List.of(new StoryListing(3L, "Council votes", null, "council-votes\u0000", 7L,
                FIRST, null, FIRST));
        for (String format : List.of(Feeds.RSS, Feeds.ATOM)) {
            SyndFeed feed = parse(Feeds.write(format, "Newsdesk", "https://news.example.com/",
                    "https://news.example.com/feed.xml", stored, site));
            assertThat(feed.getEntries().get(0).getLink())
                    .isEqualTo("https://news.example.com/politics/2021/12/15/council-votes");
        }
    }

    /** Whatever was typed or pasted into a headline or dek, both feeds stay readable. */
    @Property(tries = 300)
    void anyHeadlineAndDekMakeReadableFeeds(@ForAll @StringLength(max = 40) @CharRange(from = '\u0000', to = '\u00FF')
                                            @CharRange(from = '\uD7F0', to = '\uE010') @CharRange(from = '\uFFF0', to = '\uFFFF')
                                            String headline,
                                            @ForAll @StringLength(max = 40) @CharRange(from = '\u0000', to = '\u00FF') String dek)
            throws Exception {
        List<StoryListing> typed = List.of(new StoryListing(5L, headline, dek, "typed", 7L, FIRST, null, FIRST));
        for (String format : List.of(Feeds.RSS, Feeds.ATOM)) {
            assertThat(parse(Feeds.write(format, "Newsdesk", "https://news.example.com/", "https://news.example.com/feed.xml",
                    typed, site)).getEntries()).hasSize(1);
        }
    }

    private static SyndFeed parse(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setXmlHealerOn(false);
        return input.build(new StringReader(xml));
    }
}
