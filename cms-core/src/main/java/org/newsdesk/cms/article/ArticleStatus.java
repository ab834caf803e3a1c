package org.newsdesk.cms.article;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article stands in the workflow. The allowed moves are written here once; the article
 * refuses any other.
 *
 * <pre>
 * DRAFT ⇄ IN_REVIEW → SCHEDULED | PUBLISHED → UNPUBLISHED → SCHEDULED | PUBLISHED
 * </pre>
 *
 * An editor may also schedule or publish a draft directly: breaking news does not wait for a
 * review round. Writers cannot (see {@link EditorialPolicy}), so review is skipped only by the
 * people who would have done it.
 */
public enum ArticleStatus {
    DRAFT("Draft", "a draft"),
    IN_REVIEW("In review", "in review"),
    SCHEDULED("Scheduled", "scheduled"),
    PUBLISHED("Published", "published"),
    UNPUBLISHED("Unpublished", "unpublished");

    private final String label;
    private final String description;

    ArticleStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public boolean canMoveTo(ArticleStatus next) {
        return successors().contains(next);
    }

    private Set<ArticleStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, SCHEDULED, PUBLISHED);
            case IN_REVIEW -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED);
            // rescheduling moves a scheduled story to another time
            case SCHEDULED -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED);
            // a live story is republished ("publish update") or taken down
            case PUBLISHED -> EnumSet.of(PUBLISHED, UNPUBLISHED);
            case UNPUBLISHED -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED);
        };
    }

    /** "Draft", "In review", ...: the state's name in a list or a filter. */
    public String label() {
        return label;
    }

    /** "a draft", "in review", ...: reads after "the article is". */
    public String description() {
        return description;
    }
}
