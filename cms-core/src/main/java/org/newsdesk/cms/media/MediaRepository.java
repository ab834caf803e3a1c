package org.newsdesk.cms.media;

import java.util.List;
import java.util.Optional;

public interface MediaRepository {

    Optional<MediaImage> find(long id);

    /** A picture whose original has these bytes (by their SHA-256), the oldest if several. */
    Optional<MediaImage> findByOriginal(String sha256);

    void add(MediaImage image);

    void remove(MediaImage image);

    /**
     * Pictures whose alt text, caption or credit contain {@code words} (all when blank), newest
     * first, from {@code offset}, at most {@code limit}.
     */
    List<MediaImage> search(String words, int offset, int limit);

    /** Pictures a story may use now: with alt text and renditions, newest first. */
    List<MediaImage> usable(int limit);

    /**
     * The pictures readers see as the lead images of those of {@code articleIds} that are live and
     * have one, by article id: two queries for a whole list (feeds, story lists).
     */
    java.util.Map<Long, MediaImage> liveLeadImages(java.util.Collection<Long> articleIds);

    /** Every story whose draft or live version has the picture as its lead image or in its body. */
    List<ImageUse> usesOf(long imageId);

    /**
     * Pictures still being prepared whose lease was last renewed before {@code before} (or never):
     * the instance preparing them has stopped, oldest first.
     */
    List<Long> stuckInProcessing(java.time.Instant before, int limit);

    /**
     * Takes over the preparing of a stuck picture: one conditional update, so of several instances
     * trying at once one wins.
     *
     * @return whether this caller won
     */
    boolean claimRendering(long imageId, java.time.Instant before, java.time.Instant now);

    /** Renews the lease on pictures this instance is preparing or has queued. */
    void renewRendering(java.util.Collection<Long> imageIds, java.time.Instant now);

    void flush();
}
