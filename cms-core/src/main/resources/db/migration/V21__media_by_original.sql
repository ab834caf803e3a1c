-- Pictures (issue 13), WordPress attachments: an import finds a picture it brought in before by
-- its original's SHA-256, so importing a site again adds no copies.
CREATE INDEX ix_media_image_sha256 ON media_image (sha256);
