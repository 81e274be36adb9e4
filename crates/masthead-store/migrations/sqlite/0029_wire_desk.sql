-- Issue 30: the wire desk.
--
-- `wire_sources`: the agency feeds staff added, with what polling them
-- politely needs (the last answer's validators, when to ask next, how many
-- errors in a row). `wire_items`: every story a source delivered, one row
-- per story (its guid) whatever its versions, pointing at the article made
-- from it. `article_versions`: what an article said before an update
-- replaced it, for staff.
CREATE TABLE wire_sources (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL UNIQUE,
    url           TEXT    NOT NULL,
    credit        TEXT    NOT NULL DEFAULT '',
    every_minutes INTEGER NOT NULL,
    publish       TEXT    NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    next_poll_ms  INTEGER NOT NULL DEFAULT 0,
    failures      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    polled_ms     INTEGER,
    created_ms    INTEGER NOT NULL
);

CREATE TABLE wire_items (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id          INTEGER NOT NULL REFERENCES wire_sources (id) ON DELETE CASCADE,
    guid               TEXT    NOT NULL,
    version            INTEGER,
    version_created_ms INTEGER,
    headline           TEXT    NOT NULL,
    pubstatus          TEXT    NOT NULL,
    state              TEXT    NOT NULL,
    article_id         INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    received_ms        INTEGER NOT NULL,
    updated_ms         INTEGER NOT NULL,
    UNIQUE (source_id, guid)
);
CREATE INDEX wire_items_newest ON wire_items (updated_ms);

CREATE TABLE article_versions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    saved_ms   INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    standfirst TEXT    NOT NULL,
    body_html  TEXT    NOT NULL,
    why        TEXT    NOT NULL
);
CREATE INDEX article_versions_article ON article_versions (article_id, id);

-- Where a re-published story came from and what happened to it since:
-- `canonical_url` names the original while it runs unchanged; `revised_at`
-- is the "Updated" time; `correction` the note under the headline;
-- `withdrawn_at` marks a story the agency withdrew (its page says so).
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN revised_at INTEGER;
ALTER TABLE articles ADD COLUMN correction TEXT;
ALTER TABLE articles ADD COLUMN corrected_at INTEGER;
ALTER TABLE articles ADD COLUMN withdrawn_at INTEGER;
