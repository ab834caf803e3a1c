package org.newsdesk.cms.web.front;

import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.front.FrontSlot;

/**
 * One place of a front's working arrangement as the curation screen lists it.
 *
 * @param story    the story as it is live now; null when it is no longer live (readers do not see it)
 * @param headline what the override field shows: the front's own headline, or what the editor typed
 */
public record SlotRow(int position, long articleId, StoryListing story, String headline, String dek, boolean first,
                      boolean last) {

    static SlotRow of(int position, int count, FrontSlot slot, StoryListing story) {
        return new SlotRow(position, slot.getArticleId(), story, slot.getHeadline(), slot.getDek(), position == 0,
                position == count - 1);
    }

    SlotRow typed(String typedHeadline, String typedDek) {
        return new SlotRow(position, articleId, story, typedHeadline, typedDek, first, last);
    }

    public String getPlace() {
        return position == 0 ? "Lead" : "Top story " + position;
    }

    public String getStoryHeadline() {
        return story == null ? "Story " + articleId + " (no longer live: readers do not see it)" : story.headline();
    }

    public boolean isLive() {
        return story != null;
    }
}
