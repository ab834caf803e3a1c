package org.newsdesk.cms.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.StoryListing;

class FrontLayoutTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    /** Stories 1..n, story n the newest. */
    private static List<StoryListing> stories(int n) {
        List<StoryListing> made = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            made.add(new StoryListing((long) i, "Story " + i, "Dek " + i, "story-" + i, 1L, NOON.plusSeconds(i), null,
                    NOON.plusSeconds(i)));
        }
        return made;
    }

    private static List<StoryListing> newestFirst(List<StoryListing> stories) {
        return stories.stream().sorted((a, b) -> b.firstPublishedAt().compareTo(a.firstPublishedAt())).toList();
    }

    private static Map<Long, StoryListing> byId(List<StoryListing> stories) {
        return stories.stream().collect(Collectors.toMap(StoryListing::articleId, Function.identity()));
    }

    private static List<Long> ids(FrontLayout layout) {
        List<Long> all = new ArrayList<>();
        layout.leadStory().ifPresent(lead -> all.add(lead.story().articleId()));
        layout.top().forEach(story -> all.add(story.story().articleId()));
        layout.stream().forEach(story -> all.add(story.articleId()));
        return all;
    }

    @Test
    void anUnarrangedFrontIsTheLatestStoriesNewestFirst() {
        List<StoryListing> all = stories(8);
        FrontLayout layout = FrontLayout.fill(List.of(), Map.of(), 2, newestFirst(all), 10);

        assertThat(layout.lead().story().articleId()).isEqualTo(8);
        assertThat(layout.lead().placed()).isFalse();
        assertThat(layout.top()).extracting(story -> story.story().articleId()).containsExactly(7L, 6L);
        assertThat(layout.stream()).extracting(StoryListing::articleId).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void anOlderStoryPlacedAsTheLeadLeadsAndNewerOnesFlowBelowWithoutRepeats() {
        List<StoryListing> all = stories(6);
        FrontLayout layout = FrontLayout.fill(List.of(new FrontSlot(0, 2, null, null)), byId(all), 2, newestFirst(all), 10);

        assertThat(layout.lead().story().articleId()).isEqualTo(2);
        assertThat(layout.lead().placed()).isTrue();
        assertThat(ids(layout)).containsExactly(2L, 6L, 5L, 4L, 3L, 1L).doesNotHaveDuplicates();
    }

    @Test
    void emptySlotsAndStoriesNoLongerLiveFallBackToTheStream() {
        List<StoryListing> all = stories(5);
        Map<Long, StoryListing> live = byId(all);
        live.remove(4L);
        List<StoryListing> latest = newestFirst(all).stream().filter(story -> story.articleId() != 4).toList();
        // story 4 leads but was taken down; story 1 is the first top story; the last two places are empty
        List<FrontSlot> slots = List.of(new FrontSlot(0, 4, null, null), new FrontSlot(1, 1, null, null));

        FrontLayout layout = FrontLayout.fill(slots, live, 3, latest, 10);

        assertThat(layout.lead().story().articleId()).as("the taken-down lead's place: the newest story").isEqualTo(5);
        assertThat(layout.lead().placed()).isFalse();
        assertThat(layout.top()).extracting(story -> story.story().articleId()).containsExactly(1L, 3L, 2L);
        assertThat(ids(layout)).doesNotContain(4L).doesNotHaveDuplicates();
    }

    @Test
    void anEmptyLeadIsTheNewestStoryNotPlacedElsewhereOnTheFront() {
        List<StoryListing> all = stories(4);
        // story 4, the newest, is placed as the second top story; the lead is empty
        FrontLayout layout = FrontLayout.fill(List.of(new FrontSlot(2, 4, null, null)), byId(all), 2, newestFirst(all), 10);

        assertThat(layout.lead().story().articleId()).isEqualTo(3);
        assertThat(layout.top()).extracting(story -> story.story().articleId()).containsExactly(2L, 4L);
        assertThat(layout.stream()).extracting(StoryListing::articleId).containsExactly(1L);
    }

    @Test
    void theFrontsOwnHeadlineAndDekReplaceTheStorysOnThisFrontOnly() {
        List<StoryListing> all = stories(3);
        FrontLayout layout = FrontLayout.fill(List.of(new FrontSlot(0, 1, "Front headline", null)), byId(all), 1,
                newestFirst(all), 5);

        assertThat(layout.lead().headline()).isEqualTo("Front headline");
        assertThat(layout.lead().dek()).as("no dek override: the story's own").isEqualTo("Dek 1");
        assertThat(layout.lead().story().headline()).isEqualTo("Story 1");
    }

    @Test
    void moreStoriesPlacedThanPlacesKeepsTheFirstOnesAndTheStreamIsBounded() {
        List<StoryListing> all = stories(30);
        List<FrontSlot> slots = List.of(new FrontSlot(0, 1, null, null), new FrontSlot(1, 2, null, null),
                new FrontSlot(2, 3, null, null), new FrontSlot(3, 1, null, null));

        FrontLayout layout = FrontLayout.fill(slots, byId(all), 1, newestFirst(all), 4);

        assertThat(layout.lead().story().articleId()).isEqualTo(1);
        assertThat(layout.top()).extracting(story -> story.story().articleId()).containsExactly(2L);
        assertThat(layout.stream()).extracting(StoryListing::articleId).containsExactly(30L, 29L, 28L, 27L);
        assertThat(ids(layout)).doesNotHaveDuplicates();
    }

    @Test
    void withNoStoryLiveTheFrontIsEmptyNotBroken() {
        FrontLayout layout = FrontLayout.fill(List.of(new FrontSlot(0, 9, null, null)), Map.of(), 4, List.of(), 10);

        assertThat(layout.leadStory()).isEmpty();
        assertThat(layout.top()).isEmpty();
        assertThat(layout.stream()).isEmpty();
    }
}
