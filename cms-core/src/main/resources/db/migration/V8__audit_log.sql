-- The audit log (issue 18): every change the newsroom makes (who, what, which story, section,
-- author or account, when, from which address) and every sign-in, failed attempt and sign-out.
-- Append-only: Newsdesk inserts and reads lines, never updates or deletes one. Names are copied
-- into the line (no foreign keys), so a line still reads as it did after a headline changes or a
-- section is deleted.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- STAFF, SCHEDULE, FIRST_START, or VISITOR (a sign-in attempt that did not get in)
    actor_kind     VARCHAR(16)   NOT NULL,
    -- the staff member's username and display name at the time; null for any other actor
    actor_username VARCHAR(200),
    actor_name     VARCHAR(120),
    action         VARCHAR(32)   NOT NULL,
    -- STORY, SECTION, AUTHOR or ACCOUNT; the id is null for a username typed at sign-in that is no account
    subject_kind   VARCHAR(16)   NOT NULL,
    subject_id     BIGINT,
    -- the headline, name or username at the time
    subject_label  VARCHAR(300)  NOT NULL,
    detail         VARCHAR(500),
    -- the client's address, behind the proxies Newsdesk trusts; null when no request made the change
    address        VARCHAR(64)
);

-- The audit screen lists newest first and stops after a page; each filter walks an index of its
-- own in that order. Ties on the time are broken by the id, so pages never repeat or skip a line.
-- (Words in a headline or name are matched by scanning, within whatever the other filters select.)
CREATE INDEX ix_audit_entry_newest ON audit_entry (happened_at DESC, id DESC);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_username, happened_at DESC, id DESC);
CREATE INDEX ix_audit_entry_actor_kind ON audit_entry (actor_kind, happened_at DESC, id DESC);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, happened_at DESC, id DESC);
-- one kind of subject (every change to accounts); one story, section, author or account by its id
-- (few lines each, so the kind, when also given, is checked on them)
CREATE INDEX ix_audit_entry_subject_kind ON audit_entry (subject_kind, happened_at DESC, id DESC);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_id, happened_at DESC, id DESC);
