-- Flags become rows an index can serve, instead of a space-separated string searched with
-- LIKE. Every existing request keeps every flag it had; the string column goes, so there is
-- one place a flag lives. The timeline records which flag a member of staff added or removed.
CREATE TABLE request_flags (
    request_id BIGINT NOT NULL REFERENCES requests (id),
    flag       TEXT NOT NULL,
    PRIMARY KEY (request_id, flag)
);

-- The queue's flag filter: every request with a flag.
CREATE INDEX request_flags_flag ON request_flags (flag, request_id);

INSERT INTO request_flags (request_id, flag)
SELECT DISTINCT r.id, f.flag
FROM requests r, regexp_split_to_table(r.flags, '\s+') AS f (flag)
WHERE f.flag <> '';

ALTER TABLE requests DROP COLUMN flags;

-- 'flag-added' and 'flag-removed' events name their flag here (and why in `reason`).
ALTER TABLE case_events ADD COLUMN flag TEXT;
