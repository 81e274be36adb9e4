-- What readers of modern comment servers expect (issue 14): an edit window
-- with a history staff can read, one-per-reader recommends, editors' picks,
-- identicons from a keyed hash, and reports that send a comment back to the
-- queue. The counters live on the comment row so the public read stays one
-- query, and so the change triggers of 0013 retire the article's cached
-- pages when a count, a pick or a text changes.
ALTER TABLE comments ADD COLUMN recommends INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN picked BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE comments ADD COLUMN edited_at INTEGER;
-- HMAC of the author's email under the site's secret (never the email or a
-- plain hash of it): the identicon's seed. NULL until computed.
ALTER TABLE comments ADD COLUMN avatar TEXT;

-- One row per reader per comment: `reader` is the reader's signed id.
CREATE TABLE comment_recommends (
    comment_id  INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    reader      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (comment_id, reader)
);

-- The text a comment had before each edit by its author.
CREATE TABLE comment_edits (
    id              INTEGER PRIMARY KEY,
    comment_id      INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    content_source  TEXT    NOT NULL,
    content_html    TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    edited_at       INTEGER NOT NULL,
    author_ip       TEXT
);
CREATE INDEX comment_edits_by_comment ON comment_edits (comment_id, id);

-- Readers' reports, one per reader per comment.
CREATE TABLE comment_reports (
    id          INTEGER PRIMARY KEY,
    comment_id  INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    reader      TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    author_ip   TEXT,
    created_at  INTEGER NOT NULL,
    UNIQUE (comment_id, reader)
);
