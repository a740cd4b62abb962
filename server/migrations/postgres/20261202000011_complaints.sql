-- The complaints log: how each complaint came, what it is about, who made it and a summary,
-- the case it concerns (if any), and when it was acknowledged (within 5 working days),
-- answered (within 20) and escalated to the Police and Crime Commissioner's office.
CREATE TABLE complaints (
    id              BIGSERIAL PRIMARY KEY,
    request_id      BIGINT REFERENCES requests (id),
    received_on     DATE NOT NULL,
    channel         TEXT NOT NULL,
    about           TEXT NOT NULL,
    complainant     TEXT NOT NULL,
    summary         TEXT NOT NULL,
    acknowledged_on DATE,
    answered_on     DATE,
    outcome         TEXT,
    escalated_on    DATE,
    recorded_by     BIGINT NOT NULL REFERENCES staff_users (id),
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX complaints_received ON complaints (received_on);
CREATE INDEX complaints_request ON complaints (request_id);
