package org.newsdesk.cms.publish.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.time.PublicationTime;

/** The times under a headline: "Updated:" by the article's rule; times in the publication's zone across DST. */
class ArticleTimesTest {

    private static final Instant FIRST = Instant.parse("2021-12-15T17:49:00Z");
    private final PublicationTime newYork = new PublicationTime(ZoneId.of("America/New_York"));

    @Test
    void pagesAskTheArticlesRuleForTheUpdatedTime() {
        // the rule itself is the article's, tested with it; this is the way in for bare times
        assertThat(ArticleTimes.shownUpdate(FIRST, FIRST.plusSeconds(60))).contains(FIRST.plusSeconds(60));
        assertThat(ArticleTimes.shownUpdate(FIRST, FIRST)).isEmpty();
    }

    @Test
    void publishedBeforeAndUpdatedAfterTheSpringForwardCarryTheirOwnOffsets() {
        // clocks in New York go from 2:00am EST to 3:00am EDT on March 14, 2021
        Stamp before = Stamp.of(Instant.parse("2021-03-14T06:30:00Z"), newYork);
        Stamp after = Stamp.of(Instant.parse("2021-03-14T07:30:00Z"), newYork);
        assertThat(before).isEqualTo(new Stamp("March 14, 2021 1:30am", "2021-03-14T01:30:00-05:00"));
        assertThat(after).isEqualTo(new Stamp("March 14, 2021 3:30am", "2021-03-14T03:30:00-04:00"));
    }

    @Test
    void theHourRepeatedInTheFallIsTwoDifferentTimes() {
        // 1:30am happens twice on November 7, 2021: first in EDT, then in EST
        assertThat(Stamp.of(Instant.parse("2021-11-07T05:30:00Z"), newYork).iso()).isEqualTo("2021-11-07T01:30:00-04:00");
        assertThat(Stamp.of(Instant.parse("2021-11-07T06:30:00Z"), newYork).iso()).isEqualTo("2021-11-07T01:30:00-05:00");
    }
}
