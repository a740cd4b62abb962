-- Whether the person agreed that we tell their referrer how it is going (000 5.6: progress,
-- never details): NULL until asked, 1 yes, 0 no.
ALTER TABLE requests ADD COLUMN referrer_updates INTEGER;
