-- Risk assessment and safeguarding (000 5.7, 5.10): each assessment is kept (a case can be
-- assessed again); the latest is the one that counts. Sensitive and complex cases need a
-- manager's sign-off before they are accepted. Support and safeguarding referrals to other
-- agencies are recorded without ending the case.
CREATE TABLE risk_assessments (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id      INTEGER NOT NULL REFERENCES requests (id),
    risks_harmed    TEXT NOT NULL,
    risks_harmer    TEXT NOT NULL,
    safeguarding    TEXT,
    safe_to_go_on   TEXT NOT NULL,
    method          TEXT,
    conclusion      TEXT NOT NULL,
    assessed_by     INTEGER NOT NULL REFERENCES staff_users (id),
    assessed_at     TEXT NOT NULL,
    signed_off_by   INTEGER REFERENCES staff_users (id),
    signed_off_at   TEXT
) STRICT;
CREATE INDEX risk_assessments_request ON risk_assessments (request_id, id);

CREATE TABLE support_referrals (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    agency      TEXT NOT NULL,
    made_on     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    basis       TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX support_referrals_request ON support_referrals (request_id, id);
