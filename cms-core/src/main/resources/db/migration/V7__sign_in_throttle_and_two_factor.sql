-- Sign-in throttling: the failures counted against one typed username or one client address,
-- shared by every instance. The key is "account:" or "address:" and a SHA-256 of what was typed
-- or seen, so nothing typed in the username box (sometimes a password) is kept in clear.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(80) NOT NULL PRIMARY KEY,
    failures        INTEGER     NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);

-- Two-factor sign-in: a staff member's authenticator secret (RFC 6238), on once confirmed with a
-- code; the last time step used, so no code is accepted twice.
CREATE TABLE staff_two_factor (
    staff_id       BIGINT      NOT NULL PRIMARY KEY REFERENCES staff_member (id),
    version        BIGINT      NOT NULL,
    secret         VARCHAR(64) NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One-time recovery codes, stored as SHA-256 hashes; each is used at most once.
CREATE SEQUENCE recovery_code_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff_recovery_code (
    id        BIGINT      NOT NULL PRIMARY KEY,
    staff_id  BIGINT      NOT NULL REFERENCES staff_member (id),
    code_hash VARCHAR(64) NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_staff_recovery_code_staff ON staff_recovery_code (staff_id, code_hash);

-- The newsroom's sign-in rules an admin sets: one row.
CREATE TABLE sign_in_policy (
    id                     INTEGER NOT NULL PRIMARY KEY,
    version                BIGINT  NOT NULL,
    admins_need_two_factor BOOLEAN NOT NULL,
    changed_by             VARCHAR(64),
    changed_at             TIMESTAMP WITH TIME ZONE
);
INSERT INTO sign_in_policy (id, version, admins_need_two_factor) VALUES (1, 0, FALSE);
