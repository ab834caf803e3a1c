package org.newsdesk.cms.publish.page;

import java.lang.reflect.Field;
import java.time.ZoneId;
import java.util.List;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.time.PublicationTime;

/** A site at https://news.example.com in New York time, with sections as the database would give them. */
public final class TestSites {

    private TestSites() {
    }

    public static RenderContext site(Section... sections) {
        PublicationTime time = new PublicationTime(ZoneId.of("America/New_York"));
        return new RenderContext("Newsdesk", new SiteBase("https://news.example.com"), new SectionTree(List.of(sections)),
                new PublicUrls(time), time);
    }

    /** A section with the id the database would have given it. */
    public static Section section(long id, String name, String slug, Section parent) {
        Section section = new Section(name, slug, parent, 0);
        try {
            Field field = Section.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(section, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return section;
    }
}
