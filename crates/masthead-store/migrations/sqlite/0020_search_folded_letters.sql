-- Letters SQLite's unicode61 tokenizer keeps that PostgreSQL's unaccent
-- folds: "ł" has no Unicode decomposition, so remove_diacritics leaves it and
-- "zazolc" would not find "zażółć". The index now holds the text with those
-- letters folded (masthead_core::search::FOLDED, one letter for one, so token
-- positions and snippets are unchanged); queries are folded the same way.
-- The stored columns keep the text as written.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN new.status = 'published' AND new.external_url IS NULL BEGIN
    INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
    VALUES (new.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(new.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(new.standfirst, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(new.byline, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(new.body_text, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'));
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
WHEN old.status = 'published' AND old.external_url IS NULL BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, byline, body_text)
    VALUES ('delete', old.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(old.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(old.standfirst, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(old.byline, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(old.body_text, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'));
END;

CREATE TRIGGER articles_fts_update
AFTER UPDATE OF title, standfirst, byline, body_text, status, external_url ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, standfirst, byline, body_text)
    SELECT 'delete', old.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(old.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(old.standfirst, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(old.byline, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(old.body_text, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i')
    WHERE old.status = 'published' AND old.external_url IS NULL;
    INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
    SELECT new.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(new.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(new.standfirst, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(new.byline, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(new.body_text, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i')
    WHERE new.status = 'published' AND new.external_url IS NULL;
END;

-- The index again, folded: emptied (an external-content table's
-- 'delete-all'), then every public article put back.
INSERT INTO articles_fts (articles_fts) VALUES ('delete-all');
INSERT INTO articles_fts (rowid, title, standfirst, byline, body_text)
SELECT a.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(a.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(a.standfirst, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(a.byline, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i'),
        replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(a.body_text, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ħ', 'h'), 'Ħ', 'H'), 'ı', 'i')
FROM articles a WHERE a.status = 'published' AND a.external_url IS NULL;
