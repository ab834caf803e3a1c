package org.newsdesk.cms.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatenessTest {

    @Test
    void underTenSecondsShowsTenths() {
        assertThat(Lateness.describe(Duration.ofMillis(0))).isEqualTo("0.0 s");
        assertThat(Lateness.describe(Duration.ofMillis(420))).isEqualTo("0.4 s");
        assertThat(Lateness.describe(Duration.ofMillis(6_050))).isEqualTo("6.1 s");
    }

    @Test
    void longerMissesUseTheTwoLargestUnits() {
        assertThat(Lateness.describe(Duration.ofSeconds(12))).isEqualTo("12 s");
        assertThat(Lateness.describe(Duration.ofSeconds(185))).isEqualTo("3 min 5 s");
        assertThat(Lateness.describe(Duration.ofMinutes(3))).isEqualTo("3 min");
        assertThat(Lateness.describe(Duration.ofMinutes(124).plusSeconds(59))).isEqualTo("2 h 4 min");
        assertThat(Lateness.describe(Duration.ofHours(24))).isEqualTo("1 day");
        assertThat(Lateness.describe(Duration.ofHours(74))).isEqualTo("3 days 2 h");
    }
}
