package org.newsdesk.cms.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionUsageTest {

    @Test
    void anUnusedSectionHasNoObstacles() {
        SectionUsage usage = new SectionUsage(0, 0, 0);

        assertThat(usage.isUnused()).isTrue();
        assertThat(usage.obstacles()).isEmpty();
    }

    @Test
    void storiesAreCountedAndTheWayOutIsNamed() {
        assertThat(new SectionUsage(1, 0, 0).obstacles())
                .isEqualTo("1 story is filed in it; move it to another section first.");
        assertThat(new SectionUsage(1204, 0, 0).obstacles())
                .isEqualTo("1,204 stories are filed in it; move them to another section first.");
    }

    @Test
    void subsectionsAndEarlierRevisionsAreObstaclesToo() {
        SectionUsage usage = new SectionUsage(0, 2, 1);

        assertThat(usage.isUnused()).isFalse();
        assertThat(usage.obstacles()).isEqualTo("It has 1 subsection; move or delete it first. 2 stories were filed "
                + "in it in an earlier revision, and revisions are never changed, so it can be renamed or moved but not deleted.");
    }
}
