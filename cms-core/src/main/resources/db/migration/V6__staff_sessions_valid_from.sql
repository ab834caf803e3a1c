-- Sessions begun before this instant end on their next request: set when an admin resets the
-- person's password or changes their roles. Null: every session of an active account is good.
ALTER TABLE staff_member ADD COLUMN sessions_valid_from TIMESTAMP WITH TIME ZONE;
