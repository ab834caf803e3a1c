package org.newsdesk.cms.importing;

import java.time.Instant;
import java.util.List;

/**
 * A batch of an import committed, changing what readers see for these stories (published, updated
 * or scheduled): one event per batch, not per story, so the public page cache is evicted once per
 * batch. Fired only after the batch's transaction committed.
 */
public record ArchiveImported(List<Long> articleIds, Instant at) {

    public ArchiveImported {
        articleIds = List.copyOf(articleIds);
    }
}
