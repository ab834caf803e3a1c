-- Pictures stuck being prepared (issue 13): when an instance dies with pictures in its rendition
-- queue, they would stay PROCESSING (unusable) for ever. rendering_since is the lease of the
-- instance preparing a picture: set at upload, renewed while the picture waits in that instance's
-- queue, and taken over (a conditional update, so one instance wins) by any instance once it has
-- not been renewed for a few minutes.
ALTER TABLE media_image ADD COLUMN rendering_since TIMESTAMP WITH TIME ZONE;
UPDATE media_image SET rendering_since = modified_at WHERE status = 'PROCESSING';
CREATE INDEX ix_media_image_processing ON media_image (status, rendering_since);

-- Each revision records the lead image the draft had when it was saved, so that restoring a
-- revision brings its picture back too. A picture deleted later leaves its revisions without one.
ALTER TABLE revision ADD COLUMN lead_image_id BIGINT;
ALTER TABLE revision ADD CONSTRAINT fk_revision_lead_image FOREIGN KEY (lead_image_id) REFERENCES media_image (id) ON DELETE SET NULL;
CREATE INDEX ix_revision_lead_image ON revision (lead_image_id);
-- What is known of the past: the latest revision had the draft's picture, the live one the live picture.
UPDATE revision SET lead_image_id = (SELECT a.lead_image_id FROM article a
        WHERE a.id = revision.article_id AND a.latest_revision_number = revision.revision_number)
    WHERE EXISTS (SELECT 1 FROM article a WHERE a.id = revision.article_id AND a.latest_revision_number = revision.revision_number);
UPDATE revision SET lead_image_id = (SELECT a.live_lead_image_id FROM article a WHERE a.live_revision_id = revision.id)
    WHERE EXISTS (SELECT 1 FROM article a WHERE a.live_revision_id = revision.id AND a.live_lead_image_id IS NOT NULL);
