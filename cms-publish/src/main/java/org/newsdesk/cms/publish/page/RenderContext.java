package org.newsdesk.cms.publish.page;

import java.util.List;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.front.FrontLayout;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.time.PublicationTime;

/**
 * What the site's pages, feeds and sitemaps are rendered with: the site's name and address, its
 * sections, the URL builder and the publication's time zone, made once per request. It also turns
 * domain objects into the small views templates show (links, teasers, the masthead, article URLs),
 * so every page makes them the same way.
 */
public record RenderContext(String name, SiteBase base, SectionTree sections, PublicUrls urls, PublicationTime time,
                            BannerView banner) {

    /** A context without the breaking-news banner. */
    public RenderContext(String name, SiteBase base, SectionTree sections, PublicUrls urls, PublicationTime time) {
        this(name, base, sections, urls, time, null);
    }

    public String absolute(String path) {
        return base.absolute(path);
    }

    public Masthead masthead() {
        List<Link> nav = sections.topLevel().stream().map(this::sectionLink).toList();
        return new Masthead(name, absolute(urls.home()), nav, absolute(urls.stylesheet()), absolute(urls.searchForm()));
    }

    public Link sectionLink(Section section) {
        return new Link(section.getName(), absolute(urls.section(section)));
    }

    public Link authorLink(Author author) {
        return new Link(author.getName(), absolute(urls.author(author)));
    }

    /** The absolute URL of a listed story; its section comes from the tree read with the list. */
    public String articleUrl(StoryListing story) {
        Section section = sections.byId(story.sectionId()).orElseThrow();
        return absolute(urls.articlePath(section, story.slug(), story.firstPublishedAt()));
    }

    public Teaser teaser(StoryListing story) {
        Section section = sections.byId(story.sectionId()).orElseThrow();
        return new Teaser(story.headline(), story.dek(), articleUrl(story), sectionLink(section),
                Stamp.of(story.firstPublishedAt(), time));
    }

    /** A story as a front shows it: with the front's own headline and dek, where it has them. */
    public Teaser teaser(FrontLayout.Story placed) {
        StoryListing story = placed.story();
        Section section = sections.byId(story.sectionId()).orElseThrow();
        return new Teaser(placed.headline(), placed.dek(), articleUrl(story), sectionLink(section),
                Stamp.of(story.firstPublishedAt(), time));
    }

    public List<Teaser> teasers(List<StoryListing> stories) {
        return stories.stream().map(this::teaser).toList();
    }

    /** Stories in a list, each with a thumbnail of its lead picture where {@code pictures} has one (by article id). */
    public List<Teaser> teasers(List<StoryListing> stories, java.util.Map<Long, org.newsdesk.cms.media.MediaImage> pictures) {
        return stories.stream().map(story -> {
            Teaser teaser = teaser(story);
            org.newsdesk.cms.media.MediaImage picture = pictures.get(story.articleId());
            Thumbnail thumbnail = picture == null ? null : Thumbnail.of(picture, this).orElse(null);
            return thumbnail == null ? teaser
                    : new Teaser(teaser.headline(), teaser.dek(), teaser.href(), teaser.section(), teaser.published(), thumbnail);
        }).toList();
    }
}
