-- The e-mail outbox: written in the same transaction as the request that causes a message,
-- sent later by the worker. `next_attempt_at` is when a pending message is due, or when the
-- claim on a message in hand ('sending') expires and another worker may take it over.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT,
    sent_at         TEXT
) STRICT;

CREATE INDEX outbox_due ON outbox (status, next_attempt_at, id);
