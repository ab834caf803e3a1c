package org.newsdesk.cms.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one place instants become times a reader sees, in the publication's zone: the display form
 * {@code December 15, 2021 12:49pm} and the ISO-8601 form with offset for {@code <time datetime>},
 * feeds and structured data ({@code 2021-12-15T12:49:00-05:00}).
 */
public final class PublicationTime {

    /** Full month, day, year, 12-hour clock with lower-case am/pm and no space: newsroom style. */
    private static final DateTimeFormatter DISPLAY = new DateTimeFormatterBuilder()
            .appendPattern("MMMM d, yyyy h:mm")
            .appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, "am", 1L, "pm"))
            .toFormatter(Locale.US);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final ZoneId zone;

    public PublicationTime(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    /** {@code December 15, 2021 12:49pm} */
    public String display(Instant instant) {
        return DISPLAY.format(local(instant));
    }

    /** {@code 2021-12-15T12:49:00-05:00} */
    public String iso(Instant instant) {
        return ISO.format(local(instant));
    }
}
