-- Threads for pages outside masthead (see SQLite's 0014).
ALTER TABLE articles ADD COLUMN external_url TEXT;
CREATE UNIQUE INDEX articles_external_url ON articles (external_url) WHERE external_url IS NOT NULL;
