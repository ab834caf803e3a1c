-- Shareable preview links (issue 3): someone without a login may read one article's draft while
-- the link is neither expired nor revoked. Only a hash of the link's secret token is kept, so the
-- table alone cannot be used to open a preview.
CREATE SEQUENCE preview_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE preview_link (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    article_id  BIGINT       NOT NULL REFERENCES article (id),
    token_hash  VARCHAR(64)  NOT NULL,
    created_by  BIGINT       NOT NULL REFERENCES staff_member (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_preview_link_token UNIQUE (token_hash)
);
CREATE INDEX ix_preview_link_article ON preview_link (article_id, expires_at);
