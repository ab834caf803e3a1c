-- The public site (issue 4): the addresses stories have had, and indexes for what readers page
-- through. Written once for both H2 and PostgreSQL.

-- Every public path an article has been published at: old addresses answer 301 to the current one.
CREATE TABLE article_path (
    path        VARCHAR(400) NOT NULL PRIMARY KEY,
    article_id  BIGINT       NOT NULL REFERENCES article (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_article_path_article ON article_path (article_id);

-- article URLs are resolved by the live revision's slug
CREATE INDEX ix_revision_slug ON revision (slug);
-- (fronts, feeds and sitemaps page through published stories newest first with V1's
-- ix_article_status_published, filtering by the live revision's section with ix_revision_section_slug)
-- author pages: a live revision's bylines by author
CREATE INDEX ix_revision_byline_author ON revision_byline (author_id);
