-- Where the case stands in the criminal justice process; a community resolution or a
-- conditional caution sets the 6- or 16-week target for the restorative justice process
-- (000 5.7). A timeline entry that sets it names it in its own column.
ALTER TABLE requests ADD COLUMN disposal TEXT;
ALTER TABLE case_events ADD COLUMN disposal TEXT;
