package org.newsdesk.cms.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.publish.AnyText;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.page.TestSites;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.text.Characters;
import org.xml.sax.InputSource;

/**
 * Whatever a story's headline, dek, section name and stored slug hold, and the site's name (any
 * Unicode: controls, NUL, lone surrogates, U+FFFE, right-to-left marks, emoji, markup, CDATA
 * ends), both feeds are well-formed XML that a strict parser (JAXP) and ROME with its healer off
 * read, and they carry the text as Newsdesk keeps it: cleaned, never dropped whole.
 *
 * <p>Time: 250 tries, each writing and reading both feeds: about four seconds on a busy machine.
 */
class FeedsFuzzTest {

    private static final Instant FIRST = Instant.parse("2021-12-15T17:49:00Z");

    @Provide
    static Arbitrary<String> anyText() {
        return AnyText.pieces();
    }

    /** A headline, a section's or the site's name: never empty once cleaned, as the services require. */
    @Provide
    static Arbitrary<String> aName() {
        return anyText().filter(text -> !kept(text).isEmpty());
    }

    @Property(tries = 250)
    void anyStoryMakesWellFormedFeedsThatCarryItsTextCleaned(@ForAll("aName") String headline,
                                                            @ForAll("anyText") @WithNull(0.2) String dek,
                                                            @ForAll("aName") String sectionName,
                                                            @ForAll("aName") String siteName,
                                                            @ForAll("anyText") String storedSlug) throws Exception {
        Section section = TestSites.section(7, sectionName, "politics", null);
        RenderContext test = TestSites.site(section);
        RenderContext site = new RenderContext(siteName, test.base(), test.sections(), test.urls(), test.time());
        List<StoryListing> stories = List.of(new StoryListing(5L, headline, dek, storedSlug, 7L, FIRST, null, FIRST));

        for (String format : List.of(Feeds.RSS, Feeds.ATOM)) {
            String xml = Feeds.write(format, siteName, "https://news.example.com/", "https://news.example.com/feed.xml",
                    stories, site);

            DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
            strict.setNamespaceAware(true);
            strict.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(false);
            SyndFeed feed = input.build(new StringReader(xml));

            assertThat(text(feed.getTitle())).as(format + " title").isEqualTo(kept(siteName));
            assertThat(feed.getEntries()).hasSize(1);
            SyndEntry entry = feed.getEntries().get(0);
            assertThat(text(entry.getTitle())).as(format + " headline").isEqualTo(kept(headline));
            if (dek != null) {
                assertThat(text(entry.getDescription() == null ? null : entry.getDescription().getValue()))
                        .as(format + " dek").isEqualTo(kept(dek));
            }
            assertThat(entry.getCategories()).singleElement()
                    .satisfies(category -> assertThat(text(category.getName())).isEqualTo(kept(sectionName)));
        }
    }

    /**
     * The text as Newsdesk keeps it, which the feed must carry, read as XML reads it: ROME writes
     * compact XML, which runs each stretch of spaces, tabs and line ends into one space (in
     * elements, not in the Atom category's attribute), so those count as one space on both sides.
     */
    static String kept(String typed) {
        return spaced(Characters.clean(typed));
    }

    private static String text(String parsed) {
        return spaced(Objects.toString(parsed, ""));
    }

    private static String spaced(String text) {
        return text.replaceAll("[ \t\n\r]+", " ").strip();
    }
}
