-- Full-text search of articles and pages (headline, standfirst, author, body).
-- body_text is the body's plain text, written by masthead with every article
-- (SQLite cannot take HTML apart); NULL on rows older than this migration
-- until the store fills it when it opens.
ALTER TABLE articles ADD COLUMN body_text TEXT;

-- An external-content FTS5 index over the articles table: the text is stored
-- once (in articles), the index is kept in step by the triggers below inside
-- the writing transaction. unicode61 folds case and diacritics ("Québec"
-- finds "Quebec"); porter stems English ("elections" finds "election").
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, standfirst, byline, body_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Only what can be public is indexed (published, not an outside page's
-- discussion): drafts never match, and counting hits needs no look at the
-- articles table (scheduled articles, the one exception, are few).
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN new.status = 'published' AND new.external_url IS NULL BEGIN
    INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
    VALUES (new.id, new.title, new.standfirst, new.byline, COALESCE(new.body_text, ''));
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
WHEN old.status = 'published' AND old.external_url IS NULL BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, byline, body_text)
    VALUES ('delete', old.id, old.title, old.standfirst, old.byline, COALESCE(old.body_text, ''));
END;

-- One trigger, so the old entry always goes before the new one comes.
CREATE TRIGGER articles_fts_update
AFTER UPDATE OF title, standfirst, byline, body_text, status, external_url ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, byline, body_text)
    SELECT 'delete', old.id, old.title, old.standfirst, old.byline, COALESCE(old.body_text, '')
    WHERE old.status = 'published' AND old.external_url IS NULL;
    INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
    SELECT new.id, new.title, new.standfirst, new.byline, COALESCE(new.body_text, '')
    WHERE new.status = 'published' AND new.external_url IS NULL;
END;

INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
SELECT id, title, standfirst, byline, COALESCE(body_text, '') FROM articles
WHERE status = 'published' AND external_url IS NULL;
