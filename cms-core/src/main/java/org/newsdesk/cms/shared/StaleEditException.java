package org.newsdesk.cms.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone else changed what this person is editing (an article, a section, an author, an account)
 * after they opened it. Nothing is overwritten: they are told who changed what and when, as far as
 * the thing edited records it, and keep what they typed to merge with the current version.
 */
public class StaleEditException extends EditorialException {

    private static final long serialVersionUID = 1L;

    /** Who is named when the thing edited does not record who changed it last. */
    static final String SOMEONE_ELSE = "Someone else";

    private final String what;
    private final String savedBy;
    private final Instant savedAt;
    private final long currentVersion;

    /**
     * @param what           what was edited, as a reader would name it: {@code the section “Metro”}
     * @param savedBy        the display name of whoever changed it last (a save or a workflow step)
     * @param savedAt        when they did
     * @param currentVersion the version it has now, which a form must carry to save over it (after
     *                       a race lost at the database, where the winner was not read again: the
     *                       version this editor's change was refused at)
     */
    public StaleEditException(String what, String savedBy, Instant savedAt, long currentVersion) {
        super(Objects.requireNonNullElse(savedBy, SOMEONE_ELSE) + " changed " + what
                + " after you opened it, so your changes were not saved.");
        this.what = Objects.requireNonNull(what);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentVersion = currentVersion;
    }

    /** For what records no more than its version (a section, an author, an account). */
    public StaleEditException(String what, long currentVersion) {
        this(what, null, null, currentVersion);
    }

    /** What was edited: {@code the article “Bridge reopens”}. */
    public String what() {
        return what;
    }

    /** Whoever changed it last, or {@value #SOMEONE_ELSE} when that is not recorded. */
    public String savedBy() {
        return Objects.requireNonNullElse(savedBy, SOMEONE_ELSE);
    }

    /** When it was changed last, where that is recorded. */
    public Optional<Instant> savedAt() {
        return Optional.ofNullable(savedAt);
    }

    public long currentVersion() {
        return currentVersion;
    }
}
