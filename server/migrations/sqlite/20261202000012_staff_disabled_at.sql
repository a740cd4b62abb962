-- When each account was disabled, so the list of staff with access during a quarter (for the
-- police data-sharing agreement) can give each account's start and end. Accounts disabled
-- before this take the date of their last `user.disable` in the audit log.
ALTER TABLE staff_users ADD COLUMN disabled_at TEXT;
UPDATE staff_users SET disabled_at = (
    SELECT MAX(a.at) FROM audit_log a WHERE a.action = 'user.disable' AND a.subject = staff_users.email
) WHERE status = 'disabled';
