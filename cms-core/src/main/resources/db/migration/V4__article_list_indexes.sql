-- The admin article list and the dashboard (issue 3): every filter and sort of the list walks an
-- index in its own order and stops after a page, however many articles there are.
--
-- Every list order ends on the id, so a page never repeats or skips a story whose time equals
-- another's; the indexes end on it too. H2 reads an index in one direction only (PostgreSQL in
-- both), so each direction a list offers has its own index.

-- the whole archive, by last change and by first publication
CREATE INDEX ix_article_modified_newest ON article (modified_at DESC, id DESC);
CREATE INDEX ix_article_modified_oldest ON article (modified_at, id);
CREATE INDEX ix_article_published_newest ON article (first_published_at DESC, id DESC);
CREATE INDEX ix_article_published_oldest ON article (first_published_at, id);

-- one state (the status filter, the dashboard's lists): V1's indexes, now with the id
DROP INDEX ix_article_status_modified;
CREATE INDEX ix_article_status_modified ON article (status, modified_at DESC, id DESC);
-- the review queue: whoever waited longest first
CREATE INDEX ix_article_status_modified_oldest ON article (status, modified_at, id);
DROP INDEX ix_article_status_published;
CREATE INDEX ix_article_status_published ON article (status, first_published_at DESC, id DESC);
DROP INDEX ix_article_status_scheduled;
CREATE INDEX ix_article_status_scheduled ON article (status, scheduled_at, id);

-- one section, by last change (V1's section index serves it by publication)
CREATE INDEX ix_article_section_modified ON article (section_id, modified_at DESC, id DESC);

-- "mine": what someone created or changed last
CREATE INDEX ix_article_created_by ON article (created_by);
CREATE INDEX ix_article_modified_by ON article (modified_by);
