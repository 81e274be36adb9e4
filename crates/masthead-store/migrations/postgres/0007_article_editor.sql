ALTER TABLE articles ADD COLUMN photo_srcset TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN photo_width BIGINT;
ALTER TABLE articles ADD COLUMN photo_height BIGINT;
CREATE TABLE article_redirects (
    old_slug    TEXT   PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_redirects_by_article ON article_redirects (article_id);
