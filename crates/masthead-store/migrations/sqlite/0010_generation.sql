-- One number that changes whenever something a public page shows changes:
-- articles, settings, and comments that are (or were) approved. Rendered pages
-- are cached under it, so every process and node sees a change at once by
-- reading one row. Held comments do not change it: a flood of comments
-- waiting for moderation leaves the cache alone.
CREATE TABLE site_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    generation  INTEGER NOT NULL
);
INSERT INTO site_state (id, generation) VALUES (1, 0);

CREATE TRIGGER generation_article_insert AFTER INSERT ON articles
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_article_update AFTER UPDATE ON articles
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_article_delete AFTER DELETE ON articles
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER generation_settings_insert AFTER INSERT ON settings
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_settings_update AFTER UPDATE ON settings
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_settings_delete AFTER DELETE ON settings
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;

CREATE TRIGGER generation_comment_insert AFTER INSERT ON comments
WHEN NEW.status = 'approved'
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_comment_update AFTER UPDATE ON comments
WHEN OLD.status = 'approved' OR NEW.status = 'approved'
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER generation_comment_delete AFTER DELETE ON comments
WHEN OLD.status = 'approved'
BEGIN UPDATE site_state SET generation = generation + 1 WHERE id = 1; END;
