-- WordPress import (issue 11): the import jobs with their progress and report, and the record of
-- which WordPress post became which story, matched on the post's GUID, so that importing the same
-- export again changes nothing and a newer one updates only what changed.
CREATE SEQUENCE import_job_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_job (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    -- WAITING (uploaded, not yet claimed), RUNNING, FINISHED, REFUSED (the file is no export), FAILED
    status           VARCHAR(16)   NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    -- where the upload was streamed to, under the instance's data directory
    stored_file      VARCHAR(1000) NOT NULL,
    file_bytes       BIGINT        NOT NULL,
    show_updates     BOOLEAN       NOT NULL,
    started_by       VARCHAR(64)   NOT NULL,
    started_by_name  VARCHAR(120)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    -- the instance that claimed the job: it alone runs it
    instance         VARCHAR(120),
    -- made new by each claim: only the run holding it may change the job (not a stale one)
    run_token        VARCHAR(36),
    -- the last sign of life of the running job (each batch): a job silent for long was left by an
    -- instance that stopped, and goes back to waiting
    progress_at      TIMESTAMP WITH TIME ZONE,
    total_items      INTEGER       NOT NULL,
    done_items       INTEGER       NOT NULL,
    imported         INTEGER       NOT NULL,
    updated          INTEGER       NOT NULL,
    unchanged        INTEGER       NOT NULL,
    skipped          INTEGER       NOT NULL,
    failed           INTEGER       NOT NULL,
    -- why the file was refused or the job failed, in words for the desk
    problem          VARCHAR(2000)
);
-- the list of past imports, newest first; the claim looks for waiting jobs
CREATE INDEX ix_import_job_created ON import_job (created_at DESC, id DESC);
CREATE INDEX ix_import_job_status ON import_job (status, created_at);

-- The report's lines: each item skipped or failed (with its title and the reason), and notes
-- (shortcodes kept as text).
CREATE TABLE import_note (
    id          BIGINT        NOT NULL PRIMARY KEY,
    job_id      BIGINT        NOT NULL REFERENCES import_job (id),
    kind        VARCHAR(16)   NOT NULL,
    post_id     BIGINT,
    title       VARCHAR(300)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    article_id  BIGINT
);
CREATE INDEX ix_import_note_job ON import_note (job_id, kind, id);

-- One line per WordPress post that became a story. The key is a SHA-256 of the GUID (GUIDs are
-- URLs of any length); source_hash is a SHA-256 of what the import read, so an unchanged post is
-- recognised without comparing bodies; revision_number is the story's latest revision the import
-- left, so a story saved in Newsdesk since (a newer revision) is left alone; imported_at is when.
CREATE TABLE import_record (
    guid_key     VARCHAR(64)   NOT NULL PRIMARY KEY,
    guid         VARCHAR(1000) NOT NULL,
    post_id      BIGINT        NOT NULL,
    article_id   BIGINT        NOT NULL REFERENCES article (id),
    source_hash  VARCHAR(64)   NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision_number INTEGER    NOT NULL
);
CREATE INDEX ix_import_record_article ON import_record (article_id);
