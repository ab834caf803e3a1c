package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontLayout;
import org.newsdesk.cms.front.FrontService;
import org.newsdesk.cms.front.FrontSlot;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.time.PublicationTime;

/** Fronts to JSON and back; public URLs from {@link PublicUrls}, as {@link ArticleShapes} makes them. */
@ApplicationScoped
public class FrontShapes {

    /** How many of the latest stories the public answer lists after the lead and top stories: as the home page. */
    static final int STREAM = 10;

    @Inject
    FrontService fronts;

    @Inject
    SectionService sections;

    @Inject
    PublicUrls urls;

    @Inject
    PublicationTime time;

    /** Every front editors arrange: the home page, then each section's in reading order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(Front.HOME);
        sections.tree().forEach(section -> keys.add(Front.keyOf(section.getId())));
        return keys;
    }

    /** The working arrangement, as editors see it. */
    FrontJson working(Front front, SiteBase site) {
        Map<Long, StoryListing> live = fronts.liveStories(front.getSlots());
        List<FrontJson.Slot> slots = front.getSlots().stream()
                .map(slot -> new FrontJson.Slot(slot.getPosition(), slot.getArticleId(), slot.getHeadline(), slot.getDek(),
                        live.containsKey(slot.getArticleId())))
                .toList();
        return new FrontJson(front.getKey(), fronts.nameOf(front), front.getVersion(), front.getTopCount(), slots,
                front.getLiveRevisionNumber().orElse(null), front.getLatestRevisionNumber(),
                front.getScheduledAt().map(time::iso).orElse(null), time.iso(front.getModifiedAt()), front.getModifiedBy(),
                url(front, site));
    }

    /** What readers of the front see now. */
    PublicFrontJson published(String key, SiteBase site) {
        Front front = fronts.get(key);
        FrontLayout layout = fronts.published(key, STREAM);
        SectionTree tree = new SectionTree(sections.all());
        return new PublicFrontJson(front.getKey(), front.getSection().map(Section::getName).orElse("Home page"), url(front, site),
                layout.leadStory().map(story -> story(story.story(), story.headline(), story.dek(), story.placed(), tree, site))
                        .orElse(null),
                layout.top().stream().map(story -> story(story.story(), story.headline(), story.dek(), story.placed(), tree, site)).toList(),
                layout.stream().stream().map(story -> story(story, story.headline(), story.dek(), false, tree, site)).toList());
    }

    /** The slots a client sent, checked for what JSON alone can get wrong; the service checks the rest. */
    static List<FrontSlot> slotsOf(FrontInput input) {
        List<FrontSlot> slots = new ArrayList<>();
        if (input == null || input.slots() == null) {
            return slots;
        }
        for (FrontInput.SlotInput slot : input.slots()) {
            if (slot == null || slot.position() == null || slot.articleId() == null) {
                throw new InvalidInputException("slots", "Each slot needs a position (0: the lead) and an articleId.");
            }
            slots.add(new FrontSlot(slot.position(), slot.articleId(), slot.headline(), slot.dek()));
        }
        return slots;
    }

    private PublicFrontJson.Story story(StoryListing story, String headline, String dek, boolean placed, SectionTree tree,
                                        SiteBase site) {
        Section section = tree.byId(story.sectionId()).orElseThrow();
        return new PublicFrontJson.Story(story.articleId(), headline, dek, section.path(),
                site.absolute(urls.articlePath(section, story.slug(), story.firstPublishedAt())),
                time.iso(story.firstPublishedAt()), placed);
    }

    private String url(Front front, SiteBase site) {
        return site.absolute(front.getSection().map(urls::section).orElseGet(urls::home));
    }
}
