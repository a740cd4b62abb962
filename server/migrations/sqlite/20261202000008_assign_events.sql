-- An assignment in the timeline names whom the case went to in its own column; until now the
-- assignee's name sat in `note`, which otherwise holds staff's words. Old entries are matched
-- to the account by name (the earliest account of that name), and their note cleared.
ALTER TABLE case_events ADD COLUMN assigned_to INTEGER REFERENCES staff_users (id);
UPDATE case_events SET assigned_to = (SELECT MIN(u.id) FROM staff_users u WHERE u.name = case_events.note)
WHERE kind = 'assign' AND note IS NOT NULL;
UPDATE case_events SET note = NULL WHERE kind = 'assign';
