-- Drafts' answers are sealed at rest (`server::seal`), so erasure can no longer find a sent
-- draft by looking for its reference inside them: the confirmation's reference gets a column.
ALTER TABLE drafts ADD COLUMN reference TEXT;
UPDATE drafts SET reference = answers::jsonb -> 'sent' ->> 'reference' WHERE answers LIKE '{%' AND answers LIKE '%"sent"%';
CREATE INDEX drafts_reference ON drafts (reference);
