-- Each e-mail address and phone number in a case, as a keyed hash (HMAC-SHA-256, with a key
-- kept outside the database: see `lookup`), so a subject access request by contact details
-- finds the person's cases without reading anyone's answers. Written with every change to the
-- case. Requests stored before this get theirs when the server next writes their report facts.
CREATE TABLE contact_digests (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    digest     TEXT NOT NULL
) STRICT;
CREATE INDEX contact_digests_digest ON contact_digests (digest);
CREATE INDEX contact_digests_request ON contact_digests (request_id);
-- The start-up backfill writes a request's hashes with its report facts: clearing the facts of
-- every request still linked makes it write both again (the same facts; erased cases' unlinked
-- facts stay as they are).
DELETE FROM statistics_people WHERE case_id IN (SELECT id FROM case_statistics WHERE request_id IS NOT NULL);
DELETE FROM statistics_events WHERE case_id IN (SELECT id FROM case_statistics WHERE request_id IS NOT NULL);
DELETE FROM case_statistics WHERE request_id IS NOT NULL;
