package org.newsdesk.cms.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.shared.InvalidInputException;

/** Arranging a front's places: placing pushes down into the next empty place, moves swap. */
class FrontTest {

    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    private static List<Long> ids(Front front) {
        return Arrays.stream(front.places()).map(slot -> slot == null ? null : slot.getArticleId()).toList();
    }

    @Test
    void placingAsTheLeadPushesTheOthersDownIntoTheNextEmptyPlace() {
        Front front = Front.home(NOW);
        front.changeTopCount(2, null, NOW);
        front.place(10, null, null, 0, null, NOW);
        front.place(20, null, null, 0, null, NOW);
        assertThat(ids(front)).containsExactly(20L, 10L, null);

        front.place(30, null, null, 0, null, NOW);
        front.place(40, null, null, 0, null, NOW);
        assertThat(ids(front)).as("the last one pushed out falls back into the stream").containsExactly(40L, 30L, 20L);
    }

    @Test
    void aStoryPlacedAgainMovesAndKeepsNoCopy() {
        Front front = Front.home(NOW);
        front.place(10, null, null, 0, null, NOW);
        front.place(20, null, null, 2, null, NOW);
        front.place(20, null, null, 0, null, NOW);
        assertThat(ids(front)).containsExactly(20L, 10L, null, null, null);
    }

    @Test
    void aWholeArrangementReplacesTheTopCountAndEveryPlaceWithItsOwnHeadline() {
        Front front = Front.home(NOW);
        front.place(10, null, null, 0, null, NOW);
        front.place(20, null, null, 3, null, NOW);
        FrontSlot[] places = {new FrontSlot(0, 30, "Front's own headline", null), null, new FrontSlot(2, 10, null, null)};
        front.rearrange(2, places, null, NOW);
        assertThat(front.getTopCount()).isEqualTo(2);
        assertThat(ids(front)).as("a place not named is empty; a story not named is off the front").containsExactly(30L, null, 10L);
        assertThat(front.places()[0].getHeadline()).isEqualTo("Front's own headline");
        assertThatThrownBy(() -> front.rearrange(13, places, null, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moveUpAndDownSwapWithTheNeighbourOrMoveIntoAnEmptyPlace() {
        Front front = Front.home(NOW);
        front.place(10, null, null, 0, null, NOW);
        front.place(20, null, null, 1, null, NOW);
        assertThat(front.shift(1, -1, null, NOW)).isTrue();
        assertThat(ids(front)).containsExactly(20L, 10L, null, null, null);
        assertThat(front.shift(1, +1, null, NOW)).isTrue();
        assertThat(ids(front)).containsExactly(20L, null, 10L, null, null);
        assertThat(front.shift(0, -1, null, NOW)).as("the lead cannot move up").isFalse();
        assertThat(front.shift(1, +1, null, NOW)).as("an empty place does not move").isFalse();
    }

    @Test
    void fewerTopStoriesDropThePlacesBeyondAndARevisionKeepsTheArrangement() {
        Front front = Front.home(NOW);
        front.place(10, "Own headline", null, 0, null, NOW);
        front.place(20, null, null, 4, null, NOW);
        front.changeTopCount(2, null, NOW);
        assertThat(ids(front)).containsExactly(10L, null, null);
        assertThat(front.getSlots()).singleElement().extracting(FrontSlot::getHeadline).isEqualTo("Own headline");
    }
}
