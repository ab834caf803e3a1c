-- Pictures (issue 13): the media library, its renditions, and each story's lead image.
-- An image's original is kept in the media store (files under the data directory, or S3) under
-- original_key; renditions are made in the background after upload, one row each, keyed by a hash
-- of their bytes so that their URLs can be cached for a year.
CREATE SEQUENCE media_image_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE media_image (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    format        VARCHAR(8)    NOT NULL,
    width         INTEGER       NOT NULL,
    height        INTEGER       NOT NULL,
    byte_size     BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    original_key  VARCHAR(250)  NOT NULL,
    file_name     VARCHAR(250),
    alt_text      VARCHAR(400),
    caption       VARCHAR(1000),
    credit        VARCHAR(200),
    focal_x       INTEGER       NOT NULL,
    focal_y       INTEGER       NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    uploaded_by   BIGINT        NOT NULL REFERENCES staff_member (id),
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the library's grid: newest first
CREATE INDEX ix_media_image_uploaded ON media_image (uploaded_at DESC, id DESC);

CREATE TABLE media_rendition (
    image_id    BIGINT       NOT NULL REFERENCES media_image (id),
    kind        VARCHAR(8)   NOT NULL,
    width       INTEGER      NOT NULL,
    height      INTEGER      NOT NULL,
    byte_size   BIGINT       NOT NULL,
    content_hash VARCHAR(16) NOT NULL,
    CONSTRAINT pk_media_rendition PRIMARY KEY (image_id, kind)
);

-- The lead image the working draft has, and the one readers see (copied at publication, so that
-- choosing a new picture for a live story, like any other draft change, waits for "Publish").
ALTER TABLE article ADD COLUMN lead_image_id BIGINT REFERENCES media_image (id);
ALTER TABLE article ADD COLUMN live_lead_image_id BIGINT REFERENCES media_image (id);
CREATE INDEX ix_article_lead_image ON article (lead_image_id);
CREATE INDEX ix_article_live_lead_image ON article (live_lead_image_id);
