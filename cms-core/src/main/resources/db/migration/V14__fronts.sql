-- Curated fronts (issue 16): the home page and every section front have a lead and top stories an
-- editor places; the rest of a front is the automatic stream of the latest stories. Each front has
-- a working arrangement (the slots editors change) and published revisions (what readers see: the
-- latest published one), so arranging never shows readers half-done work. Plus the breaking-news
-- banner shown on every public page.
CREATE SEQUENCE front_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE front_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE front (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    -- 'home', or 'section-' and the section's id: one front per page
    front_key                VARCHAR(40)  NOT NULL,
    section_id               BIGINT       REFERENCES section (id),
    -- how many top stories follow the lead
    top_count                INT          NOT NULL,
    latest_revision_number   INT          NOT NULL,
    -- the revision readers see; null until the first publish
    live_revision_number     INT,
    -- a revision waiting for its time, and who set it (the schedule publishes it as them)
    scheduled_revision_number INT,
    scheduled_at             TIMESTAMP WITH TIME ZONE,
    scheduled_by             BIGINT       REFERENCES staff_member (id),
    modified_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by              VARCHAR(120),
    CONSTRAINT uk_front_key UNIQUE (front_key)
);
-- the schedule poller: fronts whose time has come
CREATE INDEX ix_front_scheduled_at ON front (scheduled_at);

-- The working arrangement: position 0 is the lead, then the top stories in order.
CREATE TABLE front_slot (
    front_id      BIGINT        NOT NULL REFERENCES front (id),
    slot_order    INT           NOT NULL,
    article_id    BIGINT        NOT NULL REFERENCES article (id),
    -- shown on this front only, instead of the story's own headline and dek; null: the story's
    headline      VARCHAR(300),
    dek           VARCHAR(500),
    PRIMARY KEY (front_id, slot_order)
);

CREATE TABLE front_revision (
    id            BIGINT        NOT NULL PRIMARY KEY,
    front_id      BIGINT        NOT NULL REFERENCES front (id),
    revision_number INT         NOT NULL,
    top_count     INT           NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(120)  NOT NULL,
    -- when readers first saw it (publish, or the schedule); null while it waits for its time
    published_at  TIMESTAMP WITH TIME ZONE,
    -- the time it was scheduled for, when it was scheduled
    scheduled_for TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_front_revision UNIQUE (front_id, revision_number)
);

CREATE TABLE front_revision_slot (
    revision_id   BIGINT        NOT NULL REFERENCES front_revision (id),
    slot_order    INT           NOT NULL,
    article_id    BIGINT        NOT NULL REFERENCES article (id),
    headline      VARCHAR(300),
    dek           VARCHAR(500),
    PRIMARY KEY (revision_id, slot_order)
);
CREATE INDEX ix_front_revision_slot_article ON front_revision_slot (article_id);

-- The breaking-news banner: at most one row (id 1); taking the banner down deletes it.
CREATE TABLE breaking_banner (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    message     VARCHAR(200)  NOT NULL,
    link        VARCHAR(1000),
    expires_at  TIMESTAMP WITH TIME ZONE,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by      VARCHAR(120)  NOT NULL
);
