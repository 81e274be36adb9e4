-- Issue 25: closing the abuse paths of the reader features.
--
-- 1. Comment ids are never handed out twice. Without AUTOINCREMENT SQLite
--    gives a new row the largest id + 1, so deleting the newest comment let
--    the next one take its id, and with it an old author token's proof, the
--    moderation log's lines and cached notices. A table cannot gain
--    AUTOINCREMENT in place: it is rebuilt. Every migration runs inside one
--    transaction with foreign keys on, so the rows of the tables that point
--    at comments (removed by the implicit DELETE of DROP TABLE's cascade)
--    are kept aside and put back; the new table points at itself under its
--    new name, which the rename turns into `comments`.
-- 2. `reader_id`: the reader id (never published) of the browser that wrote
--    a comment, so a report from a reader with an approved comment weighs
--    more than one from a reader id minted a minute ago.
-- 3. `page_title`: the title an outside page's comment proposed for its
--    thread; a thread's title is public only once a comment on it is
--    approved (`articles.title_confirmed`), and then it is that comment's.
-- 4. Reports and recommends remember the network they came from (an IPv4
--    address or an IPv6 /64) and reports their weight (2 for a reader with
--    history, 1 for a new one), so thresholds and orders count networks.
CREATE TEMP TABLE keep_recommends AS SELECT * FROM comment_recommends;
CREATE TEMP TABLE keep_edits AS SELECT * FROM comment_edits;
CREATE TEMP TABLE keep_reports AS SELECT * FROM comment_reports;

CREATE TABLE comments_rebuilt (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id          INTEGER REFERENCES comments_rebuilt (id) ON DELETE SET NULL,
    author_name        TEXT    NOT NULL,
    author_email       TEXT    NOT NULL,
    author_url         TEXT,
    author_ip          TEXT,
    user_agent         TEXT,
    content_source     TEXT    NOT NULL,
    content_html       TEXT    NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    moderation_reason  TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    user_id            INTEGER REFERENCES users (id) ON DELETE SET NULL,
    comment_type       TEXT    NOT NULL DEFAULT 'comment',
    recommends         INTEGER NOT NULL DEFAULT 0,
    picked             BOOLEAN NOT NULL DEFAULT FALSE,
    edited_at          INTEGER,
    avatar             TEXT,
    reader_id          TEXT,
    page_title         TEXT
);
INSERT INTO comments_rebuilt (id, article_id, parent_id, author_name, author_email, author_url,
    author_ip, user_agent, content_source, content_html, status, moderation_reason, created_at,
    updated_at, user_id, comment_type, recommends, picked, edited_at, avatar)
SELECT id, article_id, parent_id, author_name, author_email, author_url,
    author_ip, user_agent, content_source, content_html, status, moderation_reason, created_at,
    updated_at, user_id, comment_type, recommends, picked, edited_at, avatar
FROM comments;
-- Ids already used by comments deleted before this migration, as far as
-- anything still names them.
INSERT INTO sqlite_sequence (name, seq)
SELECT 'comments_rebuilt', max(
    coalesce((SELECT max(id) FROM comments), 0),
    coalesce((SELECT max(comment_id) FROM moderation_log), 0),
    coalesce((SELECT max(comment_id) FROM comment_changes), 0))
WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'comments_rebuilt');
UPDATE sqlite_sequence SET seq = max(seq,
    coalesce((SELECT max(comment_id) FROM moderation_log), 0),
    coalesce((SELECT max(comment_id) FROM comment_changes), 0))
WHERE name = 'comments_rebuilt';

DROP TABLE comments;
ALTER TABLE comments_rebuilt RENAME TO comments;

INSERT INTO comment_recommends (comment_id, reader, created_at)
    SELECT comment_id, reader, created_at FROM keep_recommends;
INSERT INTO comment_edits (id, comment_id, content_source, content_html, status, edited_at, author_ip)
    SELECT id, comment_id, content_source, content_html, status, edited_at, author_ip FROM keep_edits;
INSERT INTO comment_reports (id, comment_id, reader, reason, author_ip, created_at)
    SELECT id, comment_id, reader, reason, author_ip, created_at FROM keep_reports;
DROP TABLE keep_recommends;
DROP TABLE keep_edits;
DROP TABLE keep_reports;

CREATE INDEX comments_by_article ON comments (article_id, status, created_at, id);
CREATE INDEX comments_by_status_date ON comments (status, created_at DESC, id DESC);
CREATE INDEX comments_by_author ON comments (author_email, author_name, status);
CREATE INDEX comments_by_parent ON comments (parent_id);
CREATE INDEX comments_by_ip ON comments (author_ip, created_at);
CREATE INDEX comments_without_avatar ON comments (id) WHERE avatar IS NULL;
CREATE INDEX comments_by_reader ON comments (reader_id, status) WHERE reader_id IS NOT NULL;

-- The change triggers of 0013, unchanged (DROP TABLE took them).
CREATE TRIGGER generation_comment_insert AFTER INSERT ON comments
WHEN NEW.status = 'approved'
BEGIN
    UPDATE site_state SET generation = generation + 1 WHERE id = 1;
    INSERT INTO article_state (article_id, generation)
        SELECT NEW.article_id, generation FROM site_state WHERE id = 1
        ON CONFLICT (article_id) DO UPDATE SET generation = excluded.generation;
    INSERT INTO comment_changes (generation, article_id, comment_id)
        SELECT generation, NEW.article_id, NEW.id FROM site_state WHERE id = 1;
    UPDATE site_state SET changes_since = max(changes_since, generation - 10000)
        WHERE id = 1 AND NEW.id % 64 = 0;
    DELETE FROM comment_changes WHERE NEW.id % 64 = 0
        AND generation <= (SELECT changes_since FROM site_state WHERE id = 1);
END;
CREATE TRIGGER generation_comment_update AFTER UPDATE ON comments
WHEN OLD.status = 'approved' OR NEW.status = 'approved'
BEGIN
    UPDATE site_state SET generation = generation + 1 WHERE id = 1;
    INSERT INTO article_state (article_id, generation)
        SELECT NEW.article_id, generation FROM site_state WHERE id = 1
        ON CONFLICT (article_id) DO UPDATE SET generation = excluded.generation;
    INSERT INTO article_state (article_id, generation)
        SELECT OLD.article_id, generation FROM site_state WHERE id = 1
        ON CONFLICT (article_id) DO UPDATE SET generation = excluded.generation;
    INSERT INTO comment_changes (generation, article_id, comment_id)
        SELECT generation, NEW.article_id, NEW.id FROM site_state WHERE id = 1;
    INSERT INTO comment_changes (generation, article_id, comment_id)
        SELECT generation, OLD.article_id, OLD.id FROM site_state
        WHERE id = 1 AND (OLD.article_id <> NEW.article_id OR OLD.id <> NEW.id);
    UPDATE site_state SET changes_since = max(changes_since, generation - 10000)
        WHERE id = 1 AND NEW.id % 64 = 0;
    DELETE FROM comment_changes WHERE NEW.id % 64 = 0
        AND generation <= (SELECT changes_since FROM site_state WHERE id = 1);
END;
CREATE TRIGGER generation_comment_delete AFTER DELETE ON comments
WHEN OLD.status = 'approved'
BEGIN
    UPDATE site_state SET generation = generation + 1 WHERE id = 1;
    INSERT INTO article_state (article_id, generation)
        SELECT OLD.article_id, generation FROM site_state WHERE id = 1
        ON CONFLICT (article_id) DO UPDATE SET generation = excluded.generation;
    INSERT INTO comment_changes (generation, article_id, comment_id)
        SELECT generation, OLD.article_id, OLD.id FROM site_state WHERE id = 1;
END;

ALTER TABLE comment_reports ADD COLUMN network TEXT;
ALTER TABLE comment_reports ADD COLUMN weight INTEGER NOT NULL DEFAULT 2;
ALTER TABLE comment_recommends ADD COLUMN network TEXT;
CREATE INDEX comment_recommends_by_network ON comment_recommends (comment_id, network);

-- Threads that exist already were published with their titles.
ALTER TABLE articles ADD COLUMN title_confirmed BOOLEAN NOT NULL DEFAULT TRUE;
