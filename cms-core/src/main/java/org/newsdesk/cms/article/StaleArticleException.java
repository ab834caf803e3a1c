package org.newsdesk.cms.article;

import java.time.Instant;
import org.newsdesk.cms.shared.EditorialException;

/**
 * Someone else saved the article after this editor opened it. Nothing is overwritten: the editor
 * is told who saved and when, and keeps their own text to merge.
 */
public class StaleArticleException extends EditorialException {

    private static final long serialVersionUID = 1L;

    private final String savedBy;
    private final Instant savedAt;
    private final long currentVersion;

    public StaleArticleException(String savedBy, Instant savedAt, long currentVersion) {
        super("This article was changed by " + savedBy + " after you opened it. Your changes were not saved.");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentVersion = currentVersion;
    }

    /** The display name of whoever changed the article last (a save or a workflow step). */
    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
