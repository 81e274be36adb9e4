-- Which comments each change touched, so a process that read a story's
-- approved discussion as of number N reads only the comments changed since
-- (`WHERE article_id = ? AND generation > N`) instead of all of them again:
-- after one new comment on a 3,000-comment story, one row instead of 3,000.
--
-- The log keeps the last 10,000 numbers. `site_state.changes_since` says
-- from where it is complete: a reader who knew an older number, or a
-- database restored or copied under it, reads the whole discussion again.
CREATE TABLE comment_changes (
    generation  INTEGER NOT NULL,
    article_id  INTEGER NOT NULL,
    comment_id  INTEGER NOT NULL
);
CREATE INDEX comment_changes_article ON comment_changes (article_id, generation);
CREATE INDEX comment_changes_generation ON comment_changes (generation);
ALTER TABLE site_state ADD COLUMN changes_since INTEGER NOT NULL DEFAULT 0;
UPDATE site_state SET changes_since = generation;

DROP TRIGGER generation_comment_insert;
DROP TRIGGER generation_comment_update;
DROP TRIGGER generation_comment_delete;

-- As in 0012, plus a line in the log; every 64th comment id also prunes it
-- (one indexed range delete, nearly always of a few rows).
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
