-- "Sign out everywhere" ends every session, and a request already in flight must not bring
-- one back: sessions issued before this time are refused, whatever the table holds.
ALTER TABLE staff_users ADD COLUMN sessions_valid_after TEXT;
