-- Issue 31: ActivityPub. The site actor's private key is a row of
-- `secrets` (`activitypub_key`, PKCS#8 PEM), made on first use.
--
-- `remote_keys`: other servers' public keys by key id, with what their
-- actor's document said (inbox, handle), fetched when a signature names
-- them and fetched again when one no longer verifies (a rotated key).
-- `followers`: the actors following the site, by actor id.
-- `deliveries`: activities to POST, one row per inbox (a follower's
-- instance's shared inbox, so one per instance), `pending` until `sent`,
-- `failed` after every retry; `article_id` the article an activity is
-- about, so a later change replaces what has not gone yet and one that
-- went makes the next an Update or a Delete.
-- Replies, likes and boosts from the Fediverse are rows of `webmentions`
-- with `via = 'activitypub'`: `source` is the post's (or the Like's) id,
-- `actor_id` who may change or take it back.
ALTER TABLE webmentions ADD COLUMN via TEXT NOT NULL DEFAULT 'webmention';
ALTER TABLE webmentions ADD COLUMN actor_id TEXT;
CREATE INDEX webmentions_source ON webmentions (source);

CREATE TABLE remote_keys (
    key_id       TEXT PRIMARY KEY,
    actor_id     TEXT    NOT NULL,
    inbox        TEXT    NOT NULL,
    shared_inbox TEXT,
    handle       TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    url          TEXT,
    public_pem   TEXT    NOT NULL,
    fetched_ms   INTEGER NOT NULL
);

CREATE TABLE followers (
    actor_id     TEXT PRIMARY KEY,
    inbox        TEXT    NOT NULL,
    shared_inbox TEXT,
    handle       TEXT    NOT NULL,
    followed_ms  INTEGER NOT NULL
);

CREATE TABLE deliveries (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    inbox     TEXT    NOT NULL,
    article_id INTEGER,
    body      TEXT    NOT NULL,
    state     TEXT    NOT NULL,
    status    INTEGER,
    error     TEXT,
    attempts  INTEGER NOT NULL DEFAULT 0,
    next_ms   INTEGER NOT NULL,
    sent_ms   INTEGER
);
CREATE INDEX deliveries_due ON deliveries (next_ms) WHERE state = 'pending';
CREATE INDEX deliveries_article ON deliveries (article_id, state);
