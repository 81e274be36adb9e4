-- "Never mail me again" must hold: an address that unsubscribed from all
-- mail keeps its row with unsubscribed_at set, so a stranger ticking the
-- follow box with it cannot have masthead send it confirmation requests
-- again. Following the confirmation link clears it; privacy erase deletes
-- the row.
ALTER TABLE mail_addresses ADD COLUMN unsubscribed_at BIGINT;
