package org.newsdesk.cms.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the newsroom changed: who did what to which story, section, author or account, and
 * when. The service that makes the change announces it through {@link Changes}, once per change
 * and never for a request it refused; the audit log is written from it.
 *
 * <p>Announced while the change's transaction is still open: an observer that must not see a
 * change that then rolled back observes {@code during = TransactionPhase.AFTER_SUCCESS}.
 *
 * @param detail a few words more for a person reading the log ("revision 4", "roles: Editor"), or null
 */
public record Change(Actor actor, Action action, Subject subject, String detail, Instant at) {

    public Change {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
    }

    /** Who made the change. */
    public sealed interface Actor {

        /** A staff member, by the name they sign in with and the name they are shown with. */
        record Staff(String username, String displayName) implements Actor {
            public Staff {
                Objects.requireNonNull(username, "username");
                Objects.requireNonNull(displayName, "displayName");
            }
        }

        /** The schedule, publishing a story at the time an editor set. */
        record Schedule() implements Actor {
        }

        /** Newsdesk's first start, creating the first administrator. */
        record FirstStart() implements Actor {
        }
    }

    /** What the change was made to, with a label a person recognises it by at the time. */
    public record Subject(Kind kind, Long id, String label) {

        public Subject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
        }

        public static Subject story(long id, String headline) {
            return new Subject(Kind.STORY, id, headline);
        }

        public static Subject section(long id, String name) {
            return new Subject(Kind.SECTION, id, name);
        }

        public static Subject author(long id, String name) {
            return new Subject(Kind.AUTHOR, id, name);
        }

        public static Subject account(Long id, String username) {
            return new Subject(Kind.ACCOUNT, id, username);
        }

        /** A front (the home page's or a section's), or the breaking-news banner (no id). */
        public static Subject front(Long id, String name) {
            return new Subject(Kind.FRONT, id, name);
        }
    }

    public enum Kind {
        STORY("Story"),
        SECTION("Section"),
        AUTHOR("Author"),
        ACCOUNT("Account"),
        FRONT("Front");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Every kind of change the log records, with the words the audit screen shows for it. */
    public enum Action {
        STORY_CREATED("Stories", "Created the story"),
        DRAFT_SAVED("Stories", "Saved the draft"),
        REVISION_RESTORED("Stories", "Restored a revision"),
        SUBMITTED("Stories", "Submitted for review"),
        RETURNED_TO_DRAFT("Stories", "Sent back to draft"),
        SCHEDULED("Stories", "Scheduled"),
        PUBLISHED("Stories", "Published"),
        UPDATE_PUBLISHED("Stories", "Published an update"),
        UNPUBLISHED("Stories", "Unpublished"),
        SCHEDULED_PUBLISH_FAILED("Stories", "Could not publish on schedule"),
        PREVIEW_LINK_SHARED("Stories", "Shared a preview link"),
        PREVIEW_LINK_WITHDRAWN("Stories", "Withdrew a preview link"),
        SECTION_CREATED("Sections", "Created the section"),
        SECTION_RENAMED("Sections", "Renamed the section"),
        SECTION_MOVED("Sections", "Moved the section"),
        SECTION_REORDERED("Sections", "Reordered the section"),
        SECTION_DELETED("Sections", "Deleted the section"),
        FRONT_ARRANGED("Fronts", "Arranged the front"),
        FRONT_PUBLISHED("Fronts", "Published the front"),
        FRONT_SCHEDULED("Fronts", "Scheduled the front"),
        FRONT_RESTORED("Fronts", "Restored a front revision"),
        BANNER_SET("Fronts", "Put up the breaking-news banner"),
        BANNER_CLEARED("Fronts", "Took down the breaking-news banner"),
        AUTHOR_CREATED("Authors", "Added the author"),
        AUTHOR_EDITED("Authors", "Edited the author"),
        ACCOUNT_CREATED("Accounts", "Created the account"),
        ACCOUNT_CHANGED("Accounts", "Changed the account"),
        ACCOUNT_DEACTIVATED("Accounts", "Deactivated the account"),
        ACCOUNT_REACTIVATED("Accounts", "Reactivated the account"),
        PASSWORD_RESET("Accounts", "Reset the password"),
        TWO_FACTOR_ON("Accounts", "Turned on two-factor sign-in"),
        TWO_FACTOR_OFF("Accounts", "Turned off two-factor sign-in"),
        RECOVERY_CODES_REPLACED("Accounts", "Made new recovery codes"),
        ADMINS_TWO_FACTOR_RULE("Accounts", "Changed the two-factor rule for admins"),
        API_TOKEN_CREATED("Accounts", "Made an API token"),
        API_TOKEN_REVOKED("Accounts", "Revoked an API token"),
        WEBHOOK_ADDED("Webhooks", "Added a webhook"),
        WEBHOOK_REMOVED("Webhooks", "Removed a webhook"),
        SIGNED_IN("Sign-in", "Signed in"),
        SIGN_IN_REFUSED("Sign-in", "Sign-in refused"),
        SIGN_IN_THROTTLED("Sign-in", "Sign-in throttled"),
        SECOND_FACTOR_REFUSED("Sign-in", "Second factor refused"),
        SIGNED_OUT("Sign-in", "Signed out");

        private final String group;
        private final String label;

        Action(String group, String label) {
            this.group = group;
            this.label = label;
        }

        /** Which part of the newsroom it concerns, for grouping the choices of a filter. */
        public String group() {
            return group;
        }

        public String label() {
            return label;
        }
    }
}
