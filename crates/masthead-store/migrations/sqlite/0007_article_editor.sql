-- Uploaded photos are resized to a few widths: the page offers them as a srcset
-- and states the size of the main copy so nothing jumps while it loads.
ALTER TABLE articles ADD COLUMN photo_srcset TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN photo_width INTEGER;
ALTER TABLE articles ADD COLUMN photo_height INTEGER;
-- A changed slug keeps its old URL working: /articles/OLD answers 301 to the
-- article's current URL.
CREATE TABLE article_redirects (
    old_slug    TEXT    PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_redirects_by_article ON article_redirects (article_id);
