package org.newsdesk.cms.web.front;

import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.front.FrontSlot;

/**
 * One place of a front's working arrangement as the curation screen lists it.
 *
 * @param slot     the story placed there; null: the place is empty (the stream fills it)
 * @param story    the placed story as it is live now; null when it is no longer live
 * @param headline what the override field shows: the front's own headline, or what the editor typed
 */
public record SlotRow(int position, FrontSlot slot, StoryListing story, String headline, String dek, boolean first,
                      boolean last) {

    static SlotRow of(int position, int count, FrontSlot slot, StoryListing story) {
        return new SlotRow(position, slot, story, slot == null ? null : slot.getHeadline(),
                slot == null ? null : slot.getDek(), position == 0, position == count - 1);
    }

    SlotRow typed(String typedHeadline, String typedDek) {
        return new SlotRow(position, slot, story, typedHeadline, typedDek, first, last);
    }

    public String getPlace() {
        return position == 0 ? "Lead" : "Top story " + position;
    }

    public boolean isEmpty() {
        return slot == null;
    }

    public String getStoryHeadline() {
        if (slot == null) {
            return "empty: the newest story not placed elsewhere fills it";
        }
        return story == null ? "story " + slot.getArticleId() + ", no longer live: the stream fills its place"
                : story.headline();
    }
}
