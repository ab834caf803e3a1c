package org.newsdesk.cms.publish.sitemap;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.publish.page.ArticleTimes;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.text.Characters;

/**
 * Sitemaps (sitemaps.org 0.9) and the Google News sitemap, written with the JDK's StAX writer,
 * which escapes text and attributes (but writes characters XML forbids as they are: every text goes
 * through {@link Characters#clean} first, so a story saved with one cannot make a sitemap unreadable); the formats are small enough that a library would add a
 * dependency and nothing else.
 */
public final class Sitemaps {

    public static final String XML_TYPE = "application/xml;charset=UTF-8";
    /** Stories per article sitemap: well under the format's 50,000, so each stays small to serve. */
    public static final int STORIES_PER_SITEMAP = 1_000;

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private Sitemaps() {
    }

    /** The index: one entry per article sitemap. */
    public static String index(int sitemapCount, RenderContext site) {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (int page = 1; page <= sitemapCount; page++) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", site.absolute(site.urls().articleSitemap(page)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** One page of articles, each with the time it last changed for readers. */
    public static String articles(List<StoryListing> stories, RenderContext site) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (StoryListing story : stories) {
                xml.writeStartElement("url");
                element(xml, "loc", site.articleUrl(story));
                element(xml, "lastmod", site.time().iso(ArticleTimes.shownUpdate(story.firstPublishedAt(),
                        story.displayedUpdatedAt()).orElse(story.firstPublishedAt())));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** Google News: the stories first published in the last 48 hours. */
    public static String news(List<StoryListing> stories, RenderContext site) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (StoryListing story : stories) {
                xml.writeStartElement("url");
                element(xml, "loc", site.articleUrl(story));
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                xml.writeStartElement("news", "name", NEWS_NS);
                xml.writeCharacters(Characters.clean(site.name()));
                xml.writeEndElement();
                xml.writeStartElement("news", "language", NEWS_NS);
                xml.writeCharacters("en");
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement("news", "publication_date", NEWS_NS);
                xml.writeCharacters(site.time().iso(story.firstPublishedAt()));
                xml.writeEndElement();
                xml.writeStartElement("news", "title", NEWS_NS);
                xml.writeCharacters(Characters.clean(story.headline()));
                xml.writeEndElement();
                if (!story.keywordList().isEmpty()) {
                    // comma-separated, as Google News reads them (a keyword never holds a comma)
                    xml.writeStartElement("news", "keywords", NEWS_NS);
                    xml.writeCharacters(Characters.clean(String.join(", ", story.keywordList())));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** robots.txt: everything public may be crawled except the newsroom's own pages; the sitemaps named. */
    public static String robots(RenderContext site) {
        return "User-agent: *\n"
                + "Disallow: /admin/\n"
                + "Disallow: /preview/\n"
                + "\n"
                + "Sitemap: " + site.absolute(site.urls().sitemapIndex()) + "\n"
                + "Sitemap: " + site.absolute(site.urls().newsSitemap()) + "\n";
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(Characters.clean(text));
        xml.writeEndElement();
    }
}
