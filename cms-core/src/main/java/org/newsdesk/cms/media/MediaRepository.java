package org.newsdesk.cms.media;

import java.util.List;
import java.util.Optional;

public interface MediaRepository {

    Optional<MediaImage> find(long id);

    void add(MediaImage image);

    void remove(MediaImage image);

    /**
     * Pictures whose alt text, caption or credit contain {@code words} (all when blank), newest
     * first, from {@code offset}, at most {@code limit}.
     */
    List<MediaImage> search(String words, int offset, int limit);

    /** Pictures a story may use now: with alt text and renditions, newest first. */
    List<MediaImage> usable(int limit);

    /** Every story whose draft or live version has the picture as its lead image. */
    List<ImageUse> usesOf(long imageId);

    void flush();
}
