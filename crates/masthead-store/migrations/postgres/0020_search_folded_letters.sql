-- SQLite's search index now folds the letters its tokenizer keeps ("ł",
-- "ø", "đ"…; see the SQLite migration of the same number). PostgreSQL's
-- masthead_search configuration already folds them through unaccent:
-- nothing to change here, the migration keeps the two lists in step.
SELECT 1;
