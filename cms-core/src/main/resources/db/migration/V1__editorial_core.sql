-- Newsdesk editorial core. Written once for both H2 and PostgreSQL: plain SQL types only.
-- Sequences start at and step by the entities' allocationSize (50), as EclipseLink expects.

CREATE SEQUENCE staff_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE section_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE author_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE article_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff_member (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_staff_member_username UNIQUE (username)
);

CREATE TABLE staff_role (
    staff_id BIGINT      NOT NULL REFERENCES staff_member (id),
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE section (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL,
    slug       VARCHAR(80)  NOT NULL,
    parent_id  BIGINT REFERENCES section (id),
    sort_order INTEGER      NOT NULL
);
CREATE INDEX ix_section_parent_slug ON section (parent_id, slug);

CREATE TABLE author (
    id      BIGINT        NOT NULL PRIMARY KEY,
    version BIGINT        NOT NULL,
    name    VARCHAR(120)  NOT NULL,
    slug    VARCHAR(80)   NOT NULL,
    bio     VARCHAR(2000),
    CONSTRAINT uk_author_slug UNIQUE (slug)
);

CREATE TABLE article (
    id                     BIGINT          NOT NULL PRIMARY KEY,
    version                BIGINT          NOT NULL,
    status                 VARCHAR(16)     NOT NULL,
    headline               VARCHAR(200)    NOT NULL,
    dek                    VARCHAR(400),
    body                   VARCHAR(1000000) NOT NULL,
    section_id             BIGINT          NOT NULL REFERENCES section (id),
    slug                   VARCHAR(80)     NOT NULL,
    created_by             BIGINT          NOT NULL REFERENCES staff_member (id),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    first_published_at     TIMESTAMP WITH TIME ZONE,
    displayed_updated_at   TIMESTAMP WITH TIME ZONE,
    modified_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by            BIGINT          NOT NULL REFERENCES staff_member (id),
    scheduled_at           TIMESTAMP WITH TIME ZONE,
    latest_revision_number INTEGER         NOT NULL,
    live_revision_id       BIGINT,
    -- draft slugs; the service also keeps a new slug clear of other stories' live slugs
    CONSTRAINT uk_article_section_slug UNIQUE (section_id, slug)
);
-- section fronts: newest first within a section
CREATE INDEX ix_article_section_published ON article (section_id, first_published_at DESC);
-- admin lists and the dashboard: by status, recently changed first
CREATE INDEX ix_article_status_modified ON article (status, modified_at DESC);
-- the scheduler: scheduled stories by time
CREATE INDEX ix_article_status_scheduled ON article (status, scheduled_at);
-- home and feeds: newest first across sections
CREATE INDEX ix_article_status_published ON article (status, first_published_at DESC);
-- slug lookups
CREATE INDEX ix_article_slug ON article (slug);

CREATE TABLE article_byline (
    article_id   BIGINT  NOT NULL REFERENCES article (id),
    byline_order INTEGER NOT NULL,
    author_id    BIGINT  NOT NULL REFERENCES author (id),
    -- keyed by author, not position: reordering bylines rewrites positions row by row
    PRIMARY KEY (article_id, author_id)
);
-- author pages: an author's stories
CREATE INDEX ix_article_byline_author ON article_byline (author_id);

CREATE TABLE article_update_note (
    article_id BIGINT        NOT NULL REFERENCES article (id),
    note_order INTEGER       NOT NULL,
    noted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note_text  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (article_id, note_order)
);

CREATE TABLE revision (
    id              BIGINT          NOT NULL PRIMARY KEY,
    article_id      BIGINT          NOT NULL REFERENCES article (id),
    revision_number INTEGER         NOT NULL,
    saved_by        BIGINT          NOT NULL REFERENCES staff_member (id),
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    headline        VARCHAR(200)    NOT NULL,
    dek             VARCHAR(400),
    body            VARCHAR(1000000) NOT NULL,
    section_id      BIGINT          NOT NULL REFERENCES section (id),
    slug            VARCHAR(80)     NOT NULL,
    note            VARCHAR(500),
    CONSTRAINT uk_revision_article_number UNIQUE (article_id, revision_number)
);
CREATE INDEX ix_revision_section_slug ON revision (section_id, slug);

CREATE TABLE revision_byline (
    revision_id  BIGINT  NOT NULL REFERENCES revision (id),
    byline_order INTEGER NOT NULL,
    author_id    BIGINT  NOT NULL REFERENCES author (id),
    PRIMARY KEY (revision_id, author_id)
);

ALTER TABLE article ADD CONSTRAINT fk_article_live_revision FOREIGN KEY (live_revision_id) REFERENCES revision (id);
CREATE INDEX ix_article_live_revision ON article (live_revision_id);
