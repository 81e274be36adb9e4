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

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
    VALUES (new.id, new.title, new.standfirst, new.byline, COALESCE(new.body_text, ''));
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, byline, body_text)
    VALUES ('delete', old.id, old.title, old.standfirst, old.byline, COALESCE(old.body_text, ''));
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, standfirst, byline, body_text ON articles
BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, byline, body_text)
    VALUES ('delete', old.id, old.title, old.standfirst, old.byline, COALESCE(old.body_text, ''));
    INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
    VALUES (new.id, new.title, new.standfirst, new.byline, COALESCE(new.body_text, ''));
END;

INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
