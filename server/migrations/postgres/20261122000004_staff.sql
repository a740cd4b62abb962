-- The staff area: accounts, their sessions, sign-in failures (for throttling), and the work
-- done on each request (assignment, status, contact attempts, notes) as a timeline.

CREATE TABLE staff_users (
    id                 BIGSERIAL PRIMARY KEY,
    email              TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    role               TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'triage', 'practitioner')),
    specialist         INTEGER NOT NULL DEFAULT 0,
    status             TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'disabled')),
    password_hash      TEXT,
    totp_secret        TEXT,
    -- The last TOTP time step accepted: a code is good once (no replay).
    totp_last_step     BIGINT NOT NULL DEFAULT 0,
    -- The digest of the one-time enrolment link's token, and when it stops working.
    enrol_digest       TEXT UNIQUE,
    enrol_expires_at   TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE staff_recovery_codes (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES staff_users (id),
    code_digest TEXT NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX staff_recovery_codes_user ON staff_recovery_codes (user_id);

-- tower-sessions records. The id column holds a digest of the cookie's session id, so a copy
-- of the database cannot be replayed as a cookie; user_id lets "sign out everywhere" and
-- disabling an account end every session at once.
CREATE TABLE staff_sessions (
    id         TEXT PRIMARY KEY,
    user_id    BIGINT,
    data       TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

CREATE TABLE sign_in_failures (
    id      BIGSERIAL PRIMARY KEY,
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_failures_account ON sign_in_failures (account, at);
CREATE INDEX sign_in_failures_address ON sign_in_failures (address, at);

-- Case work on a request. The clock stops at the first successful contact.
ALTER TABLE requests ADD COLUMN assigned_to BIGINT REFERENCES staff_users (id);
ALTER TABLE requests ADD COLUMN first_contact_at TIMESTAMPTZ;
ALTER TABLE requests ADD COLUMN updated_at TIMESTAMPTZ;
-- What the quarterly report needs, recorded as the case goes on.
ALTER TABLE requests ADD COLUMN outcome_reason TEXT;
ALTER TABLE requests ADD COLUMN referred_on_to TEXT;
ALTER TABLE requests ADD COLUMN rj_process TEXT;
ALTER TABLE requests ADD COLUMN rj_activity_on DATE;
ALTER TABLE requests ADD COLUMN harmed_willing TEXT;
ALTER TABLE requests ADD COLUMN harmer_willing TEXT;
ALTER TABLE requests ADD COLUMN closed_at TIMESTAMPTZ;
-- 1 while there is work to do (the default queue), 0 once the case has ended.
ALTER TABLE requests ADD COLUMN is_open INTEGER NOT NULL DEFAULT 1;

-- The queue's default order (deadline, then arrival) over open work, and the search.
CREATE INDEX requests_deadline ON requests (contact_by, id);
CREATE INDEX requests_open_deadline ON requests (is_open, contact_by, id);
CREATE INDEX requests_assigned ON requests (assigned_to, contact_by, id);
CREATE INDEX requests_area ON requests (area, is_open, contact_by, id);

CREATE TABLE case_events (
    id         BIGSERIAL PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    at         TIMESTAMPTZ NOT NULL,
    actor_id   BIGINT NOT NULL REFERENCES staff_users (id),
    -- 'status', 'assign', 'contact', 'note' or 'details'
    kind       TEXT NOT NULL,
    status     TEXT,
    method     TEXT,
    outcome    TEXT,
    reason     TEXT,
    note       TEXT
);
CREATE INDEX case_events_request ON case_events (request_id, id);

CREATE INDEX audit_log_at ON audit_log (at);
