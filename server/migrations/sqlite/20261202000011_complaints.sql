-- The complaints log: how each complaint came, what it is about, who made it and a summary,
-- the case it concerns (if any), and when it was acknowledged (within 5 working days),
-- answered (within 20) and escalated to the Police and Crime Commissioner's office.
CREATE TABLE complaints (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id      INTEGER REFERENCES requests (id),
    received_on     TEXT NOT NULL,
    channel         TEXT NOT NULL,
    about           TEXT NOT NULL,
    complainant     TEXT NOT NULL,
    summary         TEXT NOT NULL,
    acknowledged_on TEXT,
    answered_on     TEXT,
    outcome         TEXT,
    escalated_on    TEXT,
    recorded_by     INTEGER NOT NULL REFERENCES staff_users (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX complaints_received ON complaints (received_on);
CREATE INDEX complaints_request ON complaints (request_id);
