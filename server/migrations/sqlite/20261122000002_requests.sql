-- Requests from the public site: referrals, call-back requests and withdrawal requests.
-- The columns the staff queue sorts and filters on are columns; the person's answers are
-- one JSON document, read only when a member of staff opens the case.
CREATE TABLE requests (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    reference         TEXT NOT NULL UNIQUE,
    submission_key    TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('referral', 'call-back', 'withdrawal')),
    status            TEXT NOT NULL DEFAULT 'new',
    received_at       TEXT NOT NULL,
    contact_by        TEXT NOT NULL,
    lang              TEXT NOT NULL,
    area              TEXT,
    flags             TEXT NOT NULL DEFAULT '',
    routes            TEXT NOT NULL DEFAULT '',
    related_reference TEXT,
    answers           TEXT NOT NULL
) STRICT;

CREATE INDEX requests_queue ON requests (status, contact_by, id);

-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT,
    address TEXT
) STRICT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Equality monitoring, apart from any request: no reference, no link.
CREATE TABLE equality_monitoring (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at  TEXT NOT NULL,
    request_kind TEXT NOT NULL,
    connection   TEXT,
    age          TEXT,
    sex          TEXT,
    gender_same  TEXT,
    ethnicity    TEXT,
    disability   TEXT
) STRICT;
