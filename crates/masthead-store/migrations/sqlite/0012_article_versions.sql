-- Per-article cache versions, so a comment on one story retires that story's
-- cached pages and not every page of the site.
--
-- `site_state.generation` still moves on every change a public page shows
-- (the home page and the REST lists are cached under it).
-- `site_state.site_generation` is the value `generation` took at the last
-- site-wide change (articles, settings); `article_state.generation` the value
-- it took at the last change to one of the article's approved comments. All
-- three come from the one counter, so a process learns every change since the
-- number N it last knew with `... WHERE generation > N`, and an article page
-- is current while max(site_generation, its article_state row) is unchanged.
ALTER TABLE site_state ADD COLUMN site_generation INTEGER NOT NULL DEFAULT 0;
UPDATE site_state SET site_generation = generation;
CREATE TABLE article_state (
    article_id  INTEGER PRIMARY KEY,
    generation  INTEGER NOT NULL
);
CREATE INDEX article_state_generation ON article_state (generation);

DROP TRIGGER generation_article_insert;
DROP TRIGGER generation_article_update;
DROP TRIGGER generation_article_delete;
DROP TRIGGER generation_settings_insert;
DROP TRIGGER generation_settings_update;
DROP TRIGGER generation_settings_delete;
DROP TRIGGER generation_comment_insert;
DROP TRIGGER generation_comment_update;
DROP TRIGGER generation_comment_delete;

-- Site-wide: SET reads the old row, so both columns take the new number.
CREATE TRIGGER generation_article_insert AFTER INSERT ON articles
BEGIN UPDATE site_state SET generation = generation + 1, site_generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_article_update AFTER UPDATE ON articles
BEGIN UPDATE site_state SET generation = generation + 1, site_generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_article_delete AFTER DELETE ON articles
BEGIN UPDATE site_state SET generation = generation + 1, site_generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_settings_insert AFTER INSERT ON settings
BEGIN UPDATE site_state SET generation = generation + 1, site_generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_settings_update AFTER UPDATE ON settings
BEGIN UPDATE site_state SET generation = generation + 1, site_generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_settings_delete AFTER DELETE ON settings
BEGIN UPDATE site_state SET generation = generation + 1, site_generation = generation + 1 WHERE id = 1; END;

-- One article: an approved comment appears, changes or goes. Held comments
-- change nothing a reader is shown by the cache.
CREATE TRIGGER generation_comment_insert AFTER INSERT ON comments
WHEN NEW.status = 'approved'
BEGIN
    UPDATE site_state SET generation = generation + 1 WHERE id = 1;
    INSERT INTO article_state (article_id, generation)
        SELECT NEW.article_id, generation FROM site_state WHERE id = 1
        ON CONFLICT (article_id) DO UPDATE SET generation = excluded.generation;
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
END;
CREATE TRIGGER generation_comment_delete AFTER DELETE ON comments
WHEN OLD.status = 'approved'
BEGIN
    UPDATE site_state SET generation = generation + 1 WHERE id = 1;
    INSERT INTO article_state (article_id, generation)
        SELECT OLD.article_id, generation FROM site_state WHERE id = 1
        ON CONFLICT (article_id) DO UPDATE SET generation = excluded.generation;
END;
