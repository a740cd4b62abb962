-- Flags become rows an index can serve, instead of a space-separated string searched with
-- LIKE. Every existing request keeps every flag it had; the string column goes, so there is
-- one place a flag lives. The timeline records which flag a member of staff added or removed.
CREATE TABLE request_flags (
    request_id INTEGER NOT NULL REFERENCES requests (id),
    flag       TEXT NOT NULL,
    PRIMARY KEY (request_id, flag)
) STRICT, WITHOUT ROWID;

-- The queue's flag filter: every request with a flag.
CREATE INDEX request_flags_flag ON request_flags (flag, request_id);

WITH RECURSIVE split (request_id, flag, rest) AS (
    SELECT id, '', flags || ' ' FROM requests
    UNION ALL
    SELECT request_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
    FROM split WHERE rest <> ''
)
INSERT INTO request_flags (request_id, flag)
SELECT DISTINCT request_id, flag FROM split WHERE flag <> '';

ALTER TABLE requests DROP COLUMN flags;

-- 'flag-added' and 'flag-removed' events name their flag here (and why in `reason`).
ALTER TABLE case_events ADD COLUMN flag TEXT;
