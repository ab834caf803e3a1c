package org.newsdesk.cms.media;

import java.time.Instant;
import java.util.List;

/** What the library announces once a change to a picture has committed. */
public sealed interface MediaEvent {

    long imageId();

    /** The stories readers see the picture in now: their pages show what changed. */
    List<Long> liveArticleIds();

    /**
     * Alt text, caption or credit changed, or new renditions (crops around a moved focal point)
     * were made: every live page that shows the picture is out of date.
     */
    record ImageChanged(long imageId, List<Long> liveArticleIds, Instant at) implements MediaEvent {
        public ImageChanged {
            liveArticleIds = List.copyOf(liveArticleIds);
        }
    }
}
