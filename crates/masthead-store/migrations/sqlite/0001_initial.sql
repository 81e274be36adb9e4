-- Timestamps are UTC unix seconds (INTEGER here, BIGINT on PostgreSQL).
CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    slug           TEXT    NOT NULL UNIQUE,
    title          TEXT    NOT NULL,
    standfirst     TEXT    NOT NULL DEFAULT '',
    byline         TEXT    NOT NULL DEFAULT '',
    body_markdown  TEXT    NOT NULL,
    body_html      TEXT    NOT NULL,
    photo_src      TEXT,
    photo_alt      TEXT    NOT NULL DEFAULT '',
    photo_caption  TEXT    NOT NULL DEFAULT '',
    photo_credit   TEXT    NOT NULL DEFAULT '',
    contributors   TEXT    NOT NULL DEFAULT '', -- one name per line
    source_name    TEXT,
    source_url     TEXT,
    comments_open  BOOLEAN NOT NULL DEFAULT TRUE,
    status         TEXT    NOT NULL CHECK (status IN ('published', 'draft')),
    published_at   INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX articles_by_status_date ON articles (status, published_at DESC, id DESC);

CREATE TABLE comments (
    id                 INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id          INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    author_name        TEXT    NOT NULL,
    author_email       TEXT    NOT NULL,
    author_url         TEXT,
    author_ip          TEXT,
    user_agent         TEXT,
    content_source     TEXT    NOT NULL,
    content_html       TEXT    NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    moderation_reason  TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
-- The article page reads one article's approved comments: this index keeps it
-- independent of how many comments the whole site holds.
CREATE INDEX comments_by_article ON comments (article_id, status, created_at, id);
CREATE INDEX comments_by_status_date ON comments (status, created_at DESC, id DESC);
CREATE INDEX comments_by_author ON comments (author_email, author_name, status);
CREATE INDEX comments_by_parent ON comments (parent_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE media (
    name          TEXT PRIMARY KEY,
    content_type  TEXT    NOT NULL,
    bytes         BLOB    NOT NULL,
    created_at    INTEGER NOT NULL
);
