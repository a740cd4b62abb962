-- A case has participants (the people harmed, the people who caused harm, family or
-- supporters, the referrer), each with their own details, needs, consent and willingness.
-- `details` holds the answers about them in the referral journey's own shape (name, age band,
-- contact ways, safe contact, needs); the columns the report and lists need are copied from it
-- when it is written. Equality answers attach to the participant they describe, apart, so that
-- only managers read them.
CREATE TABLE participants (
    id             BIGSERIAL PRIMARY KEY,
    request_id     BIGINT NOT NULL REFERENCES requests (id),
    -- 'harmed', 'caused-harm', 'supporter' or 'referrer'
    role           TEXT NOT NULL,
    -- NULL when not known (someone who caused harm whose name we do not have)
    name           TEXT,
    age_band       TEXT,
    interpreter    INTEGER NOT NULL DEFAULT 0,
    bsl            INTEGER NOT NULL DEFAULT 0,
    details        TEXT NOT NULL,
    -- 'given', 'to-be-sought' or 'refused'; NULL for a referrer, or not recorded yet
    consent        TEXT,
    -- 'exploring', 'agreed', 'declined' or 'unknown'
    willingness    TEXT,
    refusal_reason TEXT,
    refusal_note   TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX participants_request ON participants (request_id, id);

CREATE TABLE participant_equality (
    participant_id BIGINT PRIMARY KEY REFERENCES participants (id),
    sex            TEXT,
    gender_same    TEXT,
    ethnicity      TEXT,
    disability     TEXT,
    recorded_at    TIMESTAMPTZ NOT NULL
);

-- The timeline says which participant an event is about, and what changed, in its own columns.
ALTER TABLE case_events ADD COLUMN participant_id BIGINT REFERENCES participants (id);
ALTER TABLE case_events ADD COLUMN consent TEXT;
ALTER TABLE case_events ADD COLUMN willingness TEXT;
ALTER TABLE case_events ADD COLUMN refusal_reason TEXT;

-- Every referral's person, from their answers (the keys the journey's "about", "contact",
-- "contact safety" and "needs" pages use; jsonb_strip_nulls drops the ones not answered).
INSERT INTO participants (request_id, role, name, age_band, interpreter, bsl, details, consent, willingness, created_at, updated_at)
SELECT id,
       CASE a -> 'connection' ->> 0 WHEN 'caused-harm' THEN 'caused-harm' ELSE 'harmed' END,
       a -> 'name' ->> 0,
       a -> 'age-band' ->> 0,
       CASE WHEN a -> 'interpreter' ->> 0 = 'yes' THEN 1 ELSE 0 END,
       CASE WHEN a -> 'bsl' ->> 0 = 'yes' THEN 1 ELSE 0 END,
       jsonb_strip_nulls(jsonb_build_object(
           'name', a -> 'name',
           'age-band', a -> 'age-band',
           'contact-ways', a -> 'contact-ways',
           'phone', a -> 'phone',
           'email', a -> 'email',
           'address', a -> 'address',
           'postcode', a -> 'postcode',
           'voicemail-ok', a -> 'voicemail-ok',
           'email-ok', a -> 'email-ok',
           'safe-times', a -> 'safe-times',
           'caller-notes', a -> 'caller-notes',
           'language', a -> 'language',
           'interpreter', a -> 'interpreter',
           'bsl', a -> 'bsl',
           'access', a -> 'access',
           'support-person', a -> 'support-person'))::text,
       CASE WHEN a -> 'agreed' ->> 0 = 'not-asked'
                 AND EXISTS (SELECT 1 FROM request_flags f WHERE f.request_id = r.id AND f.flag = 'consent-to-be-sought')
            THEN 'to-be-sought' ELSE 'given' END,
       CASE a -> 'connection' ->> 0 WHEN 'caused-harm' THEN harmer_willing ELSE harmed_willing END,
       received_at, received_at
FROM requests r, LATERAL (SELECT r.answers::jsonb AS a) j WHERE kind = 'referral';

-- And the professional who referred them.
INSERT INTO participants (request_id, role, name, details, created_at, updated_at)
SELECT id, 'referrer', a -> 'referrer-name' ->> 0,
       jsonb_strip_nulls(jsonb_build_object(
           'referrer-name', a -> 'referrer-name',
           'referrer-phone', a -> 'referrer-phone',
           'referrer-email', a -> 'referrer-email',
           'organisation-name', a -> 'organisation-name'))::text,
       received_at, received_at
FROM requests r, LATERAL (SELECT r.answers::jsonb AS a) j
WHERE kind = 'referral' AND a -> 'for-whom' ->> 0 = 'someone-else';

-- The willingness of the other side, recorded on the case before participants existed.
INSERT INTO participants (request_id, role, details, willingness, created_at, updated_at)
SELECT id, CASE a -> 'connection' ->> 0 WHEN 'caused-harm' THEN 'harmed' ELSE 'caused-harm' END,
       '{}',
       CASE a -> 'connection' ->> 0 WHEN 'caused-harm' THEN harmed_willing ELSE harmer_willing END,
       received_at, COALESCE(updated_at, received_at)
FROM requests r, LATERAL (SELECT r.answers::jsonb AS a) j
WHERE kind = 'referral'
  AND (CASE a -> 'connection' ->> 0 WHEN 'caused-harm' THEN harmed_willing ELSE harmer_willing END) IS NOT NULL;

ALTER TABLE requests DROP COLUMN harmed_willing;
ALTER TABLE requests DROP COLUMN harmer_willing;
