-- Readers' lists at 100,000 stories (issue 15): the home page's blocks, section fronts and feeds
-- ask for "published stories in these sections, newest first". The section that counts is the
-- live revision's, which lived only on the revision: every such list joined every published
-- story's live revision and sorted them all (11 s for the home page on H2). The live revision's
-- section is now also on the story's row (set with live_revision_id, by Article.publish), so one
-- index walks a section's published stories newest first and stops after a page.
ALTER TABLE article ADD COLUMN live_section_id BIGINT;
UPDATE article SET live_section_id = (SELECT r.section_id FROM revision r WHERE r.id = article.live_revision_id)
    WHERE live_revision_id IS NOT NULL;
ALTER TABLE article ADD CONSTRAINT fk_article_live_section FOREIGN KEY (live_section_id) REFERENCES section (id);
-- a section's published stories, newest first: fronts, the home page's blocks, feeds, counts
CREATE INDEX ix_article_live_section_published ON article (status, live_section_id, first_published_at DESC, id DESC);
-- when a section's published or taken-down stories last changed: its feed's Last-Modified
CREATE INDEX ix_article_live_section_modified ON article (live_section_id, modified_at DESC);
