-- Scheduled publishing (issue 5). The poller publishes a scheduled story as the editor who
-- scheduled it, and keeps one record per scheduled time: when it went out and how late, or why it
-- could not. The record's unique key is the last guard of "exactly once" across instances (the
-- first is the row lock on the article): a second instance's attempt for the same article and
-- time cannot commit.
ALTER TABLE article ADD COLUMN scheduled_by BIGINT;
ALTER TABLE article ADD CONSTRAINT fk_article_scheduled_by FOREIGN KEY (scheduled_by) REFERENCES staff_member (id);

CREATE SEQUENCE scheduled_publication_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE scheduled_publication (
    id           BIGINT        NOT NULL PRIMARY KEY,
    article_id   BIGINT        NOT NULL REFERENCES article (id),
    scheduled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when the poller published the story, or gave up on it
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      VARCHAR(16)   NOT NULL,
    -- what it missed its time by, in milliseconds (attempted_at - scheduled_at)
    late_by_ms   BIGINT        NOT NULL,
    -- for a failure: the reason, in words for the desk
    problem      VARCHAR(1000),
    -- which instance did it, for the operator reading logs
    instance     VARCHAR(120),
    CONSTRAINT uk_scheduled_publication UNIQUE (article_id, scheduled_at)
);
-- the dashboard: the latest scheduled publications first
CREATE INDEX ix_scheduled_publication_attempted ON scheduled_publication (attempted_at DESC);
