package org.newsdesk.cms.publish.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.publish.page.ArticleTimes;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.text.Characters;

/**
 * RSS 2.0 and Atom 1.0 feeds, written by ROME: a maintained library that knows each format's
 * rules (RFC 822 dates in RSS, RFC 3339 in Atom, required ids and authors, escaping), where
 * hand-written XML would have to learn them one bug at a time. ROME refuses characters XML
 * forbids (a vertical tab in one dek took every feed down), so every text goes through
 * {@link Characters#clean} first, whatever was stored: addresses too, which carry a stored slug
 * (a slug from before the slug rule, or an import's, with a NUL in it took the feeds down too).
 */
public final class Feeds {

    public static final String RSS = "rss_2.0";
    public static final String ATOM = "atom_1.0";
    public static final String RSS_TYPE = "application/rss+xml;charset=UTF-8";
    public static final String ATOM_TYPE = "application/atom+xml;charset=UTF-8";

    /** Media RSS, the namespace feed readers and aggregators read a story's picture from. */
    public static final org.jdom2.Namespace MEDIA = org.jdom2.Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    /** The rendition a feed offers: wide enough for a reader's large card, a fraction of the original. */
    static final int FEED_PICTURE_WIDTH = 1280;

    private Feeds() {
    }

    /** A feed of the newest stories, without pictures. */
    public static String write(String format, String title, String pageUrl, String selfUrl, List<StoryListing> stories,
                               RenderContext site) {
        return write(format, title, pageUrl, selfUrl, stories, java.util.Map.of(), site);
    }

    /**
     * A feed of the newest stories.
     *
     * @param format   {@link #RSS} or {@link #ATOM}
     * @param title    the feed's title ("Newsdesk", "Newsdesk: Politics")
     * @param pageUrl  the page the feed follows (home page or section front), absolute
     * @param selfUrl  the feed's own absolute URL
     * @param pictures the lead pictures readers may be given, by article id: each entry carries its
     *                 own as {@code <media:content>} with its alt text and credit
     */
    public static String write(String format, String title, String pageUrl, String selfUrl, List<StoryListing> stories,
                               java.util.Map<Long, org.newsdesk.cms.media.MediaImage> pictures, RenderContext site) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format);
        feed.setTitle(Characters.clean(title));
        feed.setDescription("The latest stories from " + Characters.clean(title));
        feed.setLink(pageUrl);
        feed.setUri(selfUrl);
        feed.setLanguage("en-us");
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(selfUrl);
        self.setType(format.equals(ATOM) ? ATOM_TYPE.split(";")[0] : RSS_TYPE.split(";")[0]);
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(pageUrl);
        feed.setLinks(List.of(alternate, self));
        SyndPerson publisher = new SyndPersonImpl();
        publisher.setName(Characters.clean(site.name()));
        publisher.setUri(site.absolute(site.urls().home()));
        feed.setAuthors(List.of(publisher));
        // the feed changed when its newest story changed: first published or shown as updated
        stories.stream().map(Feeds::shownTime).max(Instant::compareTo)
                .ifPresent(latest -> feed.setPublishedDate(Date.from(latest)));

        List<SyndEntry> entries = new ArrayList<>();
        for (StoryListing story : stories) {
            String url = Characters.clean(site.articleUrl(story));
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(Characters.clean(story.headline()));
            entry.setLink(url);
            entry.setUri(url);
            entry.setPublishedDate(Date.from(story.firstPublishedAt()));
            entry.setUpdatedDate(Date.from(shownTime(story)));
            if (story.dek() != null) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text/plain");
                summary.setValue(Characters.clean(story.dek()));
                entry.setDescription(summary);
            }
            site.sections().byId(story.sectionId()).ifPresent(section -> {
                com.rometools.rome.feed.synd.SyndCategory category = new com.rometools.rome.feed.synd.SyndCategoryImpl();
                category.setName(Characters.clean(section.getName()));
                entry.setCategories(List.of(category));
            });
            org.newsdesk.cms.media.MediaImage picture = pictures.get(story.articleId());
            if (picture != null) {
                mediaContent(picture, site).ifPresent(content -> entry.setForeignMarkup(List.of(content)));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            // as SyndFeedOutput.outputString(feed, false) writes it, with the Media RSS namespace
            // declared once on the root rather than on every entry's picture
            org.jdom2.Document document = new SyndFeedOutput().outputJDom(feed);
            if (entries.stream().anyMatch(entry -> !entry.getForeignMarkup().isEmpty())) {
                document.getRootElement().addNamespaceDeclaration(MEDIA);
            }
            return new org.jdom2.output.XMLOutputter(org.jdom2.output.Format.getCompactFormat()).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the " + format + " feed " + selfUrl, e);
        }
    }

    /**
     * {@code <media:content url medium="image" type width height>} with the alt text as its
     * {@code <media:description>} and the credit as {@code <media:credit>}: what a reader shows
     * beside the headline.
     */
    private static java.util.Optional<org.jdom2.Element> mediaContent(org.newsdesk.cms.media.MediaImage picture, RenderContext site) {
        return picture.widthAtLeast(FEED_PICTURE_WIDTH).map(rendition -> {
            org.jdom2.Element content = new org.jdom2.Element("content", MEDIA);
            content.setAttribute("url", Characters.clean(site.absolute(site.urls().rendition(picture.getId(), rendition))));
            content.setAttribute("medium", "image");
            content.setAttribute("type", org.newsdesk.cms.media.ImageFormat.JPEG.mediaType());
            content.setAttribute("width", String.valueOf(rendition.getWidth()));
            content.setAttribute("height", String.valueOf(rendition.getHeight()));
            org.jdom2.Element description = new org.jdom2.Element("description", MEDIA);
            description.setAttribute("type", "plain");
            description.setText(Characters.clean(picture.getAltText()));
            content.addContent(description);
            if (picture.getCredit() != null) {
                org.jdom2.Element credit = new org.jdom2.Element("credit", MEDIA);
                credit.setText(Characters.clean(picture.getCredit()));
                content.addContent(credit);
            }
            return content;
        });
    }

    /** The time readers are shown as the story's latest: the visible update, else first publication. */
    static Instant shownTime(StoryListing story) {
        return ArticleTimes.shownUpdate(story.firstPublishedAt(), story.displayedUpdatedAt()).orElse(story.firstPublishedAt());
    }
}
