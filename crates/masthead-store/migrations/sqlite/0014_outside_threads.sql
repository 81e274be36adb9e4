-- Threads for pages outside masthead (the embed on a static site): an
-- article row whose `external_url` is the page's normalised address. It has
-- no body and is not listed among the articles, but its comments go through
-- everything an article's do (rules, moderation, paging, cache versions).
ALTER TABLE articles ADD COLUMN external_url TEXT;
CREATE UNIQUE INDEX articles_external_url ON articles (external_url) WHERE external_url IS NOT NULL;
