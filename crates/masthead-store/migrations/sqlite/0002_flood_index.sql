-- The flood check looks up the newest comment from an IP address.
CREATE INDEX comments_by_ip ON comments (author_ip, created_at);
