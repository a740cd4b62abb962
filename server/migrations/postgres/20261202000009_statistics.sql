-- The quarterly report's facts (000 9.2), one row per request: codes and dates only, never a
-- name, a word anyone typed or a reference. The store writes them in the same transaction as
-- every change to the case, and the report reads nothing else. `request_id` links a row to its
-- case only while the case exists: erasing the case's personal data sets it to NULL and leaves
-- the counts, so a quarter's figures do not change when someone's data is erased.
-- Existing cases get their rows when the server starts (`Store::backfill_statistics`), since
-- the facts are worked out by the application's rules, not by SQL.
CREATE TABLE case_statistics (
    id               BIGSERIAL PRIMARY KEY,
    request_id       BIGINT UNIQUE REFERENCES requests (id) ON DELETE SET NULL,
    kind             TEXT NOT NULL,
    restricted       INTEGER NOT NULL,
    received_on      DATE NOT NULL,
    due_on           DATE NOT NULL,
    channel          TEXT NOT NULL,
    source           TEXT,
    connection       TEXT,
    area             TEXT,
    crime_type       TEXT,
    hate             INTEGER NOT NULL,
    cyber            INTEGER NOT NULL,
    domestic         INTEGER NOT NULL,
    cj_stage         TEXT,
    disposal         TEXT,
    status           TEXT NOT NULL,
    end_reason       TEXT,
    onward_to        TEXT,
    left_at          TEXT,
    first_contact_on DATE,
    ended_on         DATE,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_statistics_received ON case_statistics (received_on);
CREATE INDEX case_statistics_ended ON case_statistics (ended_on);

-- The people harmed and who caused harm in each case: age band, equality answers, language
-- needs, willingness and why they declined, as codes.
CREATE TABLE statistics_people (
    id             BIGSERIAL PRIMARY KEY,
    case_id        BIGINT NOT NULL REFERENCES case_statistics (id) ON DELETE CASCADE,
    role           TEXT NOT NULL,
    age_band       TEXT,
    sex            TEXT,
    ethnicity      TEXT,
    disability     TEXT,
    interpreter    INTEGER NOT NULL,
    bsl            INTEGER NOT NULL,
    willingness    TEXT,
    refusal_reason TEXT
);
CREATE INDEX statistics_people_case ON statistics_people (case_id);

-- Dated events: restorative justice processes held (by kind) and referrals to support or
-- safeguarding services (by the basis for sharing).
CREATE TABLE statistics_events (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES case_statistics (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    code        TEXT NOT NULL,
    happened_on DATE NOT NULL
);
CREATE INDEX statistics_events_case ON statistics_events (case_id);
