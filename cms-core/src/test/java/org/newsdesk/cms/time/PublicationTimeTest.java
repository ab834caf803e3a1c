package org.newsdesk.cms.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {

    private final PublicationTime newYork = new PublicationTime(ZoneId.of("America/New_York"));

    @Test
    void displaysFullMonthDayYearAndTwelveHourClockInNewsroomStyle() {
        assertThat(newYork.display(Instant.parse("2021-12-15T17:49:00Z"))).isEqualTo("December 15, 2021 12:49pm");
    }

    @Test
    void midnightIsTwelveAm() {
        assertThat(newYork.display(Instant.parse("2021-12-15T05:00:00Z"))).isEqualTo("December 15, 2021 12:00am");
    }

    @Test
    void noonIsTwelvePm() {
        assertThat(newYork.display(Instant.parse("2021-12-15T17:00:00Z"))).isEqualTo("December 15, 2021 12:00pm");
    }

    @Test
    void afternoonHourHasNoLeadingZeroNoSpaceAndLowerCasePm() {
        assertThat(newYork.display(Instant.parse("2021-12-15T18:00:00Z"))).isEqualTo("December 15, 2021 1:00pm");
    }

    @Test
    void morningHourHasNoLeadingZeroAndLowerCaseAm() {
        assertThat(newYork.display(Instant.parse("2021-07-04T13:05:00Z"))).isEqualTo("July 4, 2021 9:05am");
    }

    @Test
    void singleDigitDayHasNoLeadingZero() {
        assertThat(newYork.display(Instant.parse("2022-01-05T15:30:00Z"))).isEqualTo("January 5, 2022 10:30am");
    }

    @Test
    void isoCarriesTheWinterOffsetOfThePublicationZone() {
        assertThat(newYork.iso(Instant.parse("2021-12-15T17:49:00Z"))).isEqualTo("2021-12-15T12:49:00-05:00");
    }

    @Test
    void isoCarriesTheSummerOffsetOfThePublicationZone() {
        assertThat(newYork.iso(Instant.parse("2021-07-04T16:00:00Z"))).isEqualTo("2021-07-04T12:00:00-04:00");
    }

    @Test
    void isoAndDisplayShowTheSameLocalDateWhenUtcIsAlreadyTomorrow() {
        Instant lateEvening = Instant.parse("2021-12-16T03:30:00Z");

        assertThat(newYork.display(lateEvening)).isEqualTo("December 15, 2021 10:30pm");
        assertThat(newYork.iso(lateEvening)).isEqualTo("2021-12-15T22:30:00-05:00");
    }

    @Test
    void lastMinuteBeforeSpringForwardIsOneFiftyNineAm() {
        Instant instant = Instant.parse("2021-03-14T06:59:00Z");

        assertThat(newYork.display(instant)).isEqualTo("March 14, 2021 1:59am");
        assertThat(newYork.iso(instant)).isEqualTo("2021-03-14T01:59:00-05:00");
    }

    @Test
    void springForwardSkipsStraightToThreeAm() {
        Instant instant = Instant.parse("2021-03-14T07:00:00Z");

        assertThat(newYork.display(instant)).isEqualTo("March 14, 2021 3:00am");
        assertThat(newYork.iso(instant)).isEqualTo("2021-03-14T03:00:00-04:00");
    }

    @Test
    void fallBackShowsOneThirtyTwiceButTheIsoOffsetTellsThemApart() {
        Instant firstOneThirty = Instant.parse("2021-11-07T05:30:00Z");
        Instant secondOneThirty = Instant.parse("2021-11-07T06:30:00Z");

        assertThat(newYork.display(firstOneThirty)).isEqualTo("November 7, 2021 1:30am");
        assertThat(newYork.display(secondOneThirty)).isEqualTo("November 7, 2021 1:30am");
        assertThat(newYork.iso(firstOneThirty)).isEqualTo("2021-11-07T01:30:00-04:00");
        assertThat(newYork.iso(secondOneThirty)).isEqualTo("2021-11-07T01:30:00-05:00");
    }

    @Test
    void anotherPublicationZoneIsHonoured() {
        PublicationTime london = new PublicationTime(ZoneId.of("Europe/London"));
        Instant summer = Instant.parse("2021-07-04T16:00:00Z");
        Instant winter = Instant.parse("2021-12-15T17:49:00Z");

        assertThat(london.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(london.display(summer)).isEqualTo("July 4, 2021 5:00pm");
        assertThat(london.iso(summer)).isEqualTo("2021-07-04T17:00:00+01:00");
        assertThat(london.display(winter)).isEqualTo("December 15, 2021 5:49pm");
        // zero offset: the ISO form still parses back to the same instant ("Z" or "+00:00")
        assertThat(java.time.OffsetDateTime.parse(london.iso(winter)).toInstant()).isEqualTo(winter);
    }

    @Test
    void isoParsesBackToTheSameInstant() {
        Instant instant = Instant.parse("2021-11-07T06:30:00Z");

        assertThat(java.time.OffsetDateTime.parse(newYork.iso(instant)).toInstant()).isEqualTo(instant);
    }
}
