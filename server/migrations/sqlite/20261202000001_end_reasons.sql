-- Why a case ended, as a code the quarterly report can count (000 9.2), beside the words staff
-- add. Cases that ended before this keep only their words: their code stays empty rather than
-- being guessed.
ALTER TABLE requests ADD COLUMN outcome_code TEXT;
ALTER TABLE case_events ADD COLUMN end_reason TEXT;
