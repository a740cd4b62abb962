-- Participant feedback. A one-time link (only its digest is stored) is made for one person in a
-- case after the case ends; it works once, until it expires. The answers are kept apart, with
-- the person's part in the case, the language and the month only: no link to the case or the
-- person, so the report counts them and erasure has nothing of the person's to remove there.
CREATE TABLE feedback_invites (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id     INTEGER NOT NULL REFERENCES requests (id),
    participant_id INTEGER NOT NULL REFERENCES participants (id),
    token_digest   TEXT NOT NULL UNIQUE,
    created_at     TEXT NOT NULL,
    expires_at     TEXT NOT NULL,
    used_at        TEXT
) STRICT;
CREATE INDEX feedback_invites_request ON feedback_invites (request_id);

CREATE TABLE feedback_responses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    role        TEXT NOT NULL,
    lang        TEXT NOT NULL,
    -- The first day of the month it arrived.
    received_on TEXT NOT NULL,
    service     TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    safety      TEXT NOT NULL,
    wellbeing   TEXT NOT NULL,
    coping      TEXT NOT NULL,
    confidence  TEXT NOT NULL
) STRICT;
CREATE INDEX feedback_responses_received ON feedback_responses (received_on);
