-- Article keywords (issue 11: WordPress tags become them; the JSON-LD and the news sitemap carry
-- them). Kept like the dek: on the working draft and on every revision, so they are versioned and
-- go live with a publish. One text, the keywords joined with ", " (at most 20 of at most 50
-- characters each, which never hold a comma).
ALTER TABLE article ADD COLUMN keywords VARCHAR(1100);
ALTER TABLE revision ADD COLUMN keywords VARCHAR(1100);

-- Making a slug unique asks whether a story of the section holds it, as its draft or live: one
-- index lookup each (article by section and slug; revision by section and slug already has one).
CREATE INDEX ix_article_section_slug ON article (section_id, slug);
