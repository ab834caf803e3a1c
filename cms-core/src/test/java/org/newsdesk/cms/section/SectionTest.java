package org.newsdesk.cms.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/** The section tree's own rules: no loops, and paths that follow the tree. */
class SectionTest {

    private final Section politics = new Section("Politics", "politics", null, 0);
    private final Section elections = new Section("Elections", "elections", politics, 0);
    private final Section polls = new Section("Polls", "polls", elections, 0);
    private final Section sports = new Section("Sports", "sports", null, 1);

    @Test
    void aSectionCannotMoveUnderItself() {
        assertThatThrownBy(() -> elections.moveUnder(elections, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("parent", "A section cannot move under itself.")));
        assertThat(elections.getParent()).contains(politics);
    }

    @Test
    void aSectionCannotMoveUnderOneOfItsOwnSubsectionsAtAnyDepth() {
        assertThatThrownBy(() -> politics.moveUnder(elections, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("\u201cPolitics\u201d cannot move under \u201cElections\u201d, which is one of its own subsections.");
        assertThatThrownBy(() -> politics.moveUnder(polls, 0)).isInstanceOf(InvalidInputException.class);

        assertThat(politics.getParent()).isEmpty();
        assertThat(polls.path()).isEqualTo("politics/elections/polls");
    }

    @Test
    void aSectionMovesWithItsSubsectionsAndTheirPathsFollow() {
        elections.moveUnder(sports, 3);

        assertThat(elections.getParent()).contains(sports);
        assertThat(elections.getPosition()).isEqualTo(3);
        assertThat(polls.path()).isEqualTo("sports/elections/polls");
        assertThat(polls.depth()).isEqualTo(2);
    }

    @Test
    void aSubsectionCanMoveUpToTheTopLevelOrUnderASiblingsChild() {
        polls.moveUnder(null, 2);
        assertThat(polls.path()).isEqualTo("polls");
        assertThat(polls.depth()).isZero();

        polls.moveUnder(elections, 0);
        assertThat(polls.path()).isEqualTo("politics/elections/polls");
    }

    @Test
    void withinMeansItselfOrSomewhereBelow() {
        assertThat(polls.isWithin(politics)).isTrue();
        assertThat(polls.isWithin(polls)).isTrue();
        assertThat(politics.isWithin(polls)).isFalse();
        assertThat(sports.isWithin(politics)).isFalse();
    }

    @Test
    void renamingChangesTheNameAndThePathsBelow() {
        politics.rename("Politics & Power", "power");

        assertThat(politics.getName()).isEqualTo("Politics & Power");
        assertThat(polls.path()).isEqualTo("power/elections/polls");
    }

    @Test
    void theTreeReadsDepthFirstWithSiblingsInPositionOrder() {
        Section world = new Section("World", "world", null, 0);
        Section campaigns = new Section("Campaigns", "campaigns", politics, 1);
        politics.placeAt(1);
        world.placeAt(2);
        sports.placeAt(0);

        assertThat(SectionTree.inOrder(List.of(polls, world, campaigns, sports, politics, elections)))
                .containsExactly(sports, politics, elections, polls, campaigns, world);
    }
}
