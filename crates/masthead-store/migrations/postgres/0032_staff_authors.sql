-- Issue 31: staff authors as Fediverse actors (`federation.staff_authors`).
-- `articles.author_id`: the staff account an article is credited to (who
-- created it in the editor or through the REST API), if any.
-- `followers.followed`: whom a remote actor follows, 0 for the site, else
-- the staff author's user id; one actor may follow several.
ALTER TABLE articles ADD COLUMN author_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX articles_by_author ON articles (author_id) WHERE author_id IS NOT NULL;

ALTER TABLE followers ADD COLUMN followed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE followers DROP CONSTRAINT followers_pkey;
ALTER TABLE followers ADD PRIMARY KEY (actor_id, followed);
CREATE INDEX followers_of ON followers (followed);
