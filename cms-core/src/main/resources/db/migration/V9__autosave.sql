-- Unsaved text (issue 18, "nothing typed is lost"): what one person last typed into one story's
-- editor, kept a few seconds after they type. Its own table, not a kind of revision: a revision
-- is immutable, numbered, complete and part of the history (old slugs, the live version, restore);
-- an autosave is replaced every few seconds, may be half-written (no headline or section yet) and
-- is deleted by that person's next save. Section and bylines are the ids the form sent, without
-- foreign keys: a section deleted since is named at its field when the text is saved.
CREATE SEQUENCE autosave_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE autosave (
    id           BIGINT           NOT NULL PRIMARY KEY,
    article_id   BIGINT           NOT NULL REFERENCES article (id),
    staff_id     BIGINT           NOT NULL REFERENCES staff_member (id),
    base_version BIGINT           NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    headline     VARCHAR(200)     NOT NULL,
    dek          VARCHAR(400),
    body         VARCHAR(1000000) NOT NULL,
    section_id   BIGINT,
    byline_ids   VARCHAR(2100)    NOT NULL,
    slug         VARCHAR(80),
    note         VARCHAR(500),
    -- one per story and person: the latest wins
    CONSTRAINT uk_autosave_article_staff UNIQUE (article_id, staff_id)
);
CREATE INDEX ix_autosave_staff ON autosave (staff_id);
