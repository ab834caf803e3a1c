-- The content API and its webhooks (issue 12).
--
-- Personal API tokens: a staff member's own, acting with the owner's roles as they are at each
-- request. Only a SHA-256 hash of the token is kept: the table alone opens nothing.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    owner_id      BIGINT       NOT NULL REFERENCES staff_member (id),
    name          VARCHAR(120) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_owner ON api_token (owner_id, created_at);

-- Webhook endpoints an administrator registers, and one delivery per endpoint and event, kept
-- until delivered or given up (24 hours): deliveries survive a restart, and the retry poller of
-- any instance claims each attempt with a version check, so that one instance makes it.
CREATE SEQUENCE webhook_endpoint_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_endpoint (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    events      VARCHAR(200)  NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    created_by  BIGINT        NOT NULL REFERENCES staff_member (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at  TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_delivery (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    endpoint_id      BIGINT         NOT NULL REFERENCES webhook_endpoint (id),
    event_id         VARCHAR(36)    NOT NULL,
    event_type       VARCHAR(40)    NOT NULL,
    payload          VARCHAR(20000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    response_code    INTEGER,
    last_error       VARCHAR(500)
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at);
