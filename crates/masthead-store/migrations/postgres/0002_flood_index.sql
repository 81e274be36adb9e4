CREATE INDEX comments_by_ip ON comments (author_ip, created_at);
