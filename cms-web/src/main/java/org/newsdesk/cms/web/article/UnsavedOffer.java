package org.newsdesk.cms.web.article;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.autosave.Autosave;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The editor's word about someone's unsaved text for the story: when it was kept, and whether
 * the story has been changed since the form it was typed in was loaded (then saving it shows the
 * newer version beside it, to merge).
 *
 * @param keptAtMillis when it was kept, for the script to compare with the browser's own copy
 */
public record UnsavedOffer(String keptAt, long keptAtMillis, boolean storyChangedSince, String changedBy,
                           String changedAt) {

    static UnsavedOffer of(Article article, Autosave autosave, PublicationTime time) {
        return new UnsavedOffer(time.display(autosave.getSavedAt()), autosave.getSavedAt().toEpochMilli(),
                autosave.getBaseVersion() != article.getVersion(), article.getModifiedBy().getDisplayName(),
                time.display(article.getModifiedAt()));
    }

    public String getKeptAt() {
        return keptAt;
    }

    public long getKeptAtMillis() {
        return keptAtMillis;
    }

    public boolean isStoryChangedSince() {
        return storyChangedSince;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedAt() {
        return changedAt;
    }
}
