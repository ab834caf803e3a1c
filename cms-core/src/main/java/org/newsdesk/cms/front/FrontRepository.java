package org.newsdesk.cms.front;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.article.StoryListing;

public interface FrontRepository {

    Optional<Front> find(long id);

    Optional<Front> findByKey(String key);

    /** The front, locked for the schedule; empty as well when another instance holds it (no wait). */
    Optional<Front> findForUpdateNoWait(long id);

    void add(Front front);

    void add(FrontRevision revision);

    Optional<FrontRevision> revision(Front front, int number);

    /** Newest first. */
    List<FrontRevision> revisions(Front front);

    /** The live stories among these, by article id, as lists show them. */
    Map<Long, StoryListing> liveStories(Collection<Long> articleIds);

    /** Live stories whose headline contains {@code text} (ignoring case), newest first. */
    List<StoryListing> searchLive(String text, int limit);

    /** Fronts with a scheduled revision whose time has come, the longest overdue first. */
    List<Long> dueFrontIds(Instant now, int limit);

    /** The keys of the fronts whose live revision places this story. */
    List<String> frontKeysShowing(long articleId);

    Optional<Banner> banner();

    void add(Banner banner);

    void remove(Banner banner);

    /** Makes pending changes visible to the database within the transaction (version checks). */
    void flush();
}
