-- Full-text search of articles and pages (headline, standfirst, author, body).
-- body_text is the body's plain text, written by masthead with every article;
-- NULL on rows older than this migration until the store fills it on open.
ALTER TABLE articles ADD COLUMN body_text TEXT;

-- Diacritics folded ("Québec" finds "Quebec") and English stemming, as the
-- SQLite index does. unaccent is a trusted extension (PostgreSQL 13+): the
-- database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION masthead_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION masthead_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- Weighted: a match in the headline counts most, then standfirst, author, body.
-- Generated, so it is in step with the row in the same statement. The text is
-- plain, but the parser would take "<script>" in it for a tag and skip the
-- word: `<` becomes a space first.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('masthead_search'::regconfig, replace(title, '<', ' ')), 'A') ||
    setweight(to_tsvector('masthead_search'::regconfig, replace(standfirst, '<', ' ')), 'B') ||
    setweight(to_tsvector('masthead_search'::regconfig, replace(byline, '<', ' ')), 'C') ||
    setweight(to_tsvector('masthead_search'::regconfig,
        replace(COALESCE(body_text, ''), '<', ' ')), 'D')
) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
