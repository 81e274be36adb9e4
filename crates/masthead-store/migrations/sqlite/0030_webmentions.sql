-- Issue 31: replies from elsewhere.
--
-- `comments.origin_url`: where a comment was first posted, for one that
-- arrived from another site (a Webmention's source page); its
-- `comment_type` says how (`webmention`). `webmentions`: every mention a
-- site sent, one row per (source, target), from its arrival (`pending`)
-- through the asynchronous check to what it is: a `reply` (the comment it
-- made), a `like`, a `repost` or a plain `mention`; `refused` when the
-- source does not link to the target, `gone` when the source answered 410,
-- `failed` when it could not be fetched after every retry. `shown`: its
-- last check listed it under the article (a like, repost or mention), so
-- the next one that changes that must move the article's caches.
-- `webmention_sends`: the other sites a published article links to, each
-- told once per publish or update (`pending` until then, not before the
-- article is live): `sent`, `none` (the site takes no Webmentions),
-- `failed` after every retry, `skipped` (the article went before).
ALTER TABLE comments ADD COLUMN origin_url TEXT;

CREATE TABLE webmentions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source       TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    state        TEXT    NOT NULL,
    comment_id   INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    author_name  TEXT    NOT NULL DEFAULT '',
    author_url   TEXT,
    author_photo TEXT,
    error        TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_ms      INTEGER NOT NULL,
    received_ms  INTEGER NOT NULL,
    checked_ms   INTEGER,
    shown        BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (source, target)
);
CREATE INDEX webmentions_due ON webmentions (next_ms) WHERE state = 'pending';
CREATE INDEX webmentions_article ON webmentions (article_id, state);

CREATE TABLE webmention_sends (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    target     TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    endpoint   TEXT,
    status     INTEGER,
    error      TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    next_ms    INTEGER NOT NULL,
    sent_ms    INTEGER,
    UNIQUE (article_id, target)
);
CREATE INDEX webmention_sends_due ON webmention_sends (next_ms) WHERE state = 'pending';
