-- WordPress pages become articles of kind 'page', served at /{slug} and not
-- listed among the articles.
ALTER TABLE articles ADD COLUMN kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'page'));
-- Pingbacks and trackbacks are kept, typed.
ALTER TABLE comments ADD COLUMN comment_type TEXT NOT NULL DEFAULT 'comment';
-- What came from where: re-importing a file finds its items here and adds
-- nothing twice. source is e.g. 'wxr:https://old.example.com'.
CREATE TABLE imported (
    source     TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    source_id  TEXT    NOT NULL,
    target_id  INTEGER NOT NULL,
    PRIMARY KEY (source, kind, source_id)
);
-- Old addresses (/?p=123, /2017/11/14/slug/) answer 301 to the article.
CREATE TABLE legacy_paths (
    path        TEXT    PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX legacy_paths_by_article ON legacy_paths (article_id);
-- Categories, tags and other WordPress terms, kept for export.
CREATE TABLE terms (
    id           INTEGER PRIMARY KEY,
    taxonomy     TEXT    NOT NULL,
    slug         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    parent_slug  TEXT    NOT NULL DEFAULT '',
    UNIQUE (taxonomy, slug)
);
CREATE TABLE article_terms (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    term_id     INTEGER NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, term_id)
);
