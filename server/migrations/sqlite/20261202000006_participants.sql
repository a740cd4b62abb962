-- A case has participants (the people harmed, the people who caused harm, family or
-- supporters, the referrer), each with their own details, needs, consent and willingness.
-- `details` holds the answers about them in the referral journey's own shape (name, age band,
-- contact ways, safe contact, needs); the columns the report and lists need are copied from it
-- when it is written. Equality answers attach to the participant they describe, apart, so that
-- only managers read them.
CREATE TABLE participants (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id     INTEGER NOT NULL REFERENCES requests (id),
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
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX participants_request ON participants (request_id, id);

CREATE TABLE participant_equality (
    participant_id INTEGER PRIMARY KEY REFERENCES participants (id),
    sex            TEXT,
    gender_same    TEXT,
    ethnicity      TEXT,
    disability     TEXT,
    recorded_at    TEXT NOT NULL
) STRICT;

-- The timeline says which participant an event is about, and what changed, in its own columns.
ALTER TABLE case_events ADD COLUMN participant_id INTEGER REFERENCES participants (id);
ALTER TABLE case_events ADD COLUMN consent TEXT;
ALTER TABLE case_events ADD COLUMN willingness TEXT;
ALTER TABLE case_events ADD COLUMN refusal_reason TEXT;

-- Every referral's person, from their answers (the keys the journey's "about", "contact",
-- "contact safety" and "needs" pages use; json_patch drops the ones not answered).
INSERT INTO participants (request_id, role, name, age_band, interpreter, bsl, details, consent, willingness, created_at, updated_at)
SELECT id,
       CASE json_extract(answers, '$.connection[0]') WHEN 'caused-harm' THEN 'caused-harm' ELSE 'harmed' END,
       json_extract(answers, '$.name[0]'),
       json_extract(answers, '$."age-band"[0]'),
       COALESCE(json_extract(answers, '$.interpreter[0]') = 'yes', 0),
       COALESCE(json_extract(answers, '$.bsl[0]') = 'yes', 0),
       json_patch('{}', json_object(
           'name', json_extract(answers, '$.name'),
           'age-band', json_extract(answers, '$."age-band"'),
           'contact-ways', json_extract(answers, '$."contact-ways"'),
           'phone', json_extract(answers, '$.phone'),
           'email', json_extract(answers, '$.email'),
           'address', json_extract(answers, '$.address'),
           'postcode', json_extract(answers, '$.postcode'),
           'voicemail-ok', json_extract(answers, '$."voicemail-ok"'),
           'email-ok', json_extract(answers, '$."email-ok"'),
           'safe-times', json_extract(answers, '$."safe-times"'),
           'caller-notes', json_extract(answers, '$."caller-notes"'),
           'language', json_extract(answers, '$.language'),
           'interpreter', json_extract(answers, '$.interpreter'),
           'bsl', json_extract(answers, '$.bsl'),
           'access', json_extract(answers, '$.access'),
           'support-person', json_extract(answers, '$."support-person"'))),
       CASE WHEN json_extract(answers, '$.agreed[0]') = 'not-asked'
                 AND EXISTS (SELECT 1 FROM request_flags f WHERE f.request_id = requests.id AND f.flag = 'consent-to-be-sought')
            THEN 'to-be-sought' ELSE 'given' END,
       CASE json_extract(answers, '$.connection[0]') WHEN 'caused-harm' THEN harmer_willing ELSE harmed_willing END,
       received_at, received_at
FROM requests WHERE kind = 'referral';

-- And the professional who referred them.
INSERT INTO participants (request_id, role, name, details, created_at, updated_at)
SELECT id, 'referrer', json_extract(answers, '$."referrer-name"[0]'),
       json_patch('{}', json_object(
           'referrer-name', json_extract(answers, '$."referrer-name"'),
           'referrer-phone', json_extract(answers, '$."referrer-phone"'),
           'referrer-email', json_extract(answers, '$."referrer-email"'),
           'organisation-name', json_extract(answers, '$."organisation-name"'))),
       received_at, received_at
FROM requests WHERE kind = 'referral' AND json_extract(answers, '$."for-whom"[0]') = 'someone-else';

-- The willingness of the other side, recorded on the case before participants existed.
INSERT INTO participants (request_id, role, details, willingness, created_at, updated_at)
SELECT id, CASE json_extract(answers, '$.connection[0]') WHEN 'caused-harm' THEN 'harmed' ELSE 'caused-harm' END,
       '{}',
       CASE json_extract(answers, '$.connection[0]') WHEN 'caused-harm' THEN harmed_willing ELSE harmer_willing END,
       received_at, COALESCE(updated_at, received_at)
FROM requests WHERE kind = 'referral'
  AND (CASE json_extract(answers, '$.connection[0]') WHEN 'caused-harm' THEN harmed_willing ELSE harmer_willing END) IS NOT NULL;

ALTER TABLE requests DROP COLUMN harmed_willing;
ALTER TABLE requests DROP COLUMN harmer_willing;
