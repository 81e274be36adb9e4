-- Issue 31: staff authors as Fediverse actors (`federation.staff_authors`).
-- `articles.author_id`: the staff account an article is credited to (who
-- created it in the editor or through the REST API), if any.
-- `followers.followed`: whom a remote actor follows, 0 for the site, else
-- the staff author's user id; one actor may follow several.
ALTER TABLE articles ADD COLUMN author_id INTEGER REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX articles_by_author ON articles (author_id) WHERE author_id IS NOT NULL;

CREATE TABLE followers_rebuilt (
    actor_id     TEXT    NOT NULL,
    followed     INTEGER NOT NULL DEFAULT 0,
    inbox        TEXT    NOT NULL,
    shared_inbox TEXT,
    handle       TEXT    NOT NULL,
    followed_ms  INTEGER NOT NULL,
    PRIMARY KEY (actor_id, followed)
);
INSERT INTO followers_rebuilt (actor_id, followed, inbox, shared_inbox, handle, followed_ms)
    SELECT actor_id, 0, inbox, shared_inbox, handle, followed_ms FROM followers;
DROP TABLE followers;
ALTER TABLE followers_rebuilt RENAME TO followers;
CREATE INDEX followers_of ON followers (followed);
