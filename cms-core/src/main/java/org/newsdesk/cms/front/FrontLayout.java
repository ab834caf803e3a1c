package org.newsdesk.cms.front;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.cms.article.StoryListing;

/**
 * What a front shows readers: the lead, the top stories, then the stream of the latest stories.
 * Placed stories that are no longer live are left out (a story taken down leaves the front at
 * once); their places, and those never filled, are filled from the stream, so a front is never
 * blank while any story is live; no story appears twice.
 *
 * @param lead   null only when no story is live at all
 * @param top    at most the front's top count
 * @param stream the latest stories not shown above, newest first
 */
public record FrontLayout(Story lead, List<Story> top, List<StoryListing> stream) {

    /**
     * A story as the front shows it: its own headline and dek unless the front overrides them.
     *
     * @param placed whether an editor put it there (false: it came from the stream)
     */
    public record Story(StoryListing story, String headline, String dek, boolean placed) {

        static Story placed(StoryListing story, FrontSlot slot) {
            return new Story(story, slot.getHeadline() != null ? slot.getHeadline() : story.headline(),
                    slot.getDek() != null ? slot.getDek() : story.dek(), true);
        }

        static Story fromStream(StoryListing story) {
            return new Story(story, story.headline(), story.dek(), false);
        }
    }

    public Optional<Story> leadStory() {
        return Optional.ofNullable(lead);
    }

    /**
     * Fills a front: each place holds the live story placed there or, when it is empty (or its
     * story is no longer live), the newest story of the stream not placed elsewhere on the front.
     *
     * @param slots      the published arrangement (empty when the front was never published)
     * @param live       the live stories among those placed, by article id: any other is left out
     * @param latest     the latest live stories of the front's scope, newest first; to fill every
     *                   place it must hold at least {@code 1 + topCount + streamSize} stories
     * @param streamSize how many stories the stream below the top stories shows at most
     */
    public static FrontLayout fill(List<FrontSlot> slots, Map<Long, StoryListing> live, int topCount,
                                   List<StoryListing> latest, int streamSize) {
        int places = 1 + topCount;
        Story[] curated = new Story[places];
        Set<Long> shown = new HashSet<>();
        for (FrontSlot slot : slots) {
            StoryListing story = live.get(slot.getArticleId());
            int at = slot.getPosition();
            if (story != null && at >= 0 && at < places && curated[at] == null && shown.add(story.articleId())) {
                curated[at] = Story.placed(story, slot);
            }
        }
        Iterator<StoryListing> stream = latest.stream().filter(story -> !shown.contains(story.articleId())).iterator();
        List<Story> filled = new ArrayList<>();
        for (Story story : curated) {
            if (story != null) {
                filled.add(story);
                continue;
            }
            while (stream.hasNext()) {
                StoryListing next = stream.next();
                if (shown.add(next.articleId())) {
                    filled.add(Story.fromStream(next));
                    break;
                }
            }
        }
        List<StoryListing> rest = new ArrayList<>();
        while (stream.hasNext() && rest.size() < streamSize) {
            StoryListing next = stream.next();
            if (shown.add(next.articleId())) {
                rest.add(next);
            }
        }
        Story lead = filled.isEmpty() ? null : filled.get(0);
        List<Story> top = filled.isEmpty() ? List.of() : List.copyOf(filled.subList(1, filled.size()));
        return new FrontLayout(lead, top, List.copyOf(rest));
    }
}
