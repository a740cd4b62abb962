-- A visitor's unfinished answers, keyed by the SHA-256 digest of their session token.
CREATE TABLE drafts (
    session_key TEXT PRIMARY KEY NOT NULL,
    journey     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
) STRICT;

CREATE INDEX drafts_expires_at ON drafts (expires_at);
