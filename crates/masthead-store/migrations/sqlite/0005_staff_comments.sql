-- Comments written by staff (replies from the moderation queue) name their user.
ALTER TABLE comments ADD COLUMN user_id INTEGER REFERENCES users (id) ON DELETE SET NULL;
