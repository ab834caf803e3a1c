package org.newsdesk.cms.publish.page;

import java.time.Instant;
import org.newsdesk.cms.time.PublicationTime;

/**
 * A time as a reader sees it, {@code December 15, 2021 12:49pm}, with its machine-readable form
 * {@code 2021-12-15T12:49:00-05:00} for {@code <time datetime>}, both in the publication's zone.
 */
public record Stamp(String display, String iso) {

    public static Stamp of(Instant at, PublicationTime time) {
        return new Stamp(time.display(at), time.iso(at));
    }
}
