-- A case can hold several restorative justice processes (000 9.2 counts processes by type),
-- each with its date and who took part, and an outcome agreement of items, each with a due
-- date and whether it was kept. The single process and date on the request move here.
CREATE TABLE rj_processes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    kind        TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    harmed      INTEGER NOT NULL DEFAULT 0,
    caused_harm INTEGER NOT NULL DEFAULT 0,
    supporters  INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX rj_processes_request ON rj_processes (request_id, held_on);

INSERT INTO rj_processes (request_id, kind, held_on, recorded_at)
SELECT id, rj_process, rj_activity_on, COALESCE(updated_at, received_at) FROM requests
WHERE rj_process IS NOT NULL AND rj_activity_on IS NOT NULL;

ALTER TABLE requests DROP COLUMN rj_process;
ALTER TABLE requests DROP COLUMN rj_activity_on;

CREATE TABLE agreement_items (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    what        TEXT NOT NULL,
    due_on      TEXT,
    -- NULL until staff record it: 1 kept, 0 not kept.
    kept        INTEGER,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_items_request ON agreement_items (request_id, id);
