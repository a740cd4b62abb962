-- A visitor's unfinished answers, keyed by the SHA-256 digest of their session token.
CREATE TABLE drafts (
    session_key TEXT PRIMARY KEY,
    journey     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX drafts_expires_at ON drafts (expires_at);
