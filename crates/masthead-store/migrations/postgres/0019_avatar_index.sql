-- The server's upkeep looks for comments without an identicon seed once a
-- minute (`comments_without_avatar`); without this it scanned the whole
-- comments table each time. Only rows still missing one are in it, so it
-- stays empty on a site whose seeds are all made.
CREATE INDEX comments_without_avatar ON comments (id) WHERE avatar IS NULL;
