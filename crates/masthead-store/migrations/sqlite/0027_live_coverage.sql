-- Issue 29, part 4: live coverage. `live_coverage`: an article switched to
-- live coverage (started, and ended when switched off). `live_entries`:
-- the timestamped updates staff add, each numbered (`generation`) in the
-- database's change log, so a live stream sends them in order with the
-- comments and a reconnect catches up on both.
CREATE TABLE live_coverage (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    ended_at   INTEGER
);

CREATE TABLE live_entries (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    body_html  TEXT    NOT NULL,
    author     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    generation INTEGER NOT NULL
);
CREATE INDEX live_entries_article ON live_entries (article_id, generation);
