-- Issue 28: sanctions on commenters (ban, suspend, shadow, premoderate),
-- keyed by `target`: an email (lower case), an IP address, a CIDR range or
-- an @domain, as `Target`'s text. A sanction is never deleted: clearing it
-- (or setting another on the same target) writes who and when, so the log
-- of who set what stays. `ends_at` NULL: until cleared.
CREATE TABLE commenter_sanctions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL CHECK (kind IN ('ban', 'suspend', 'shadow', 'premoderate')),
    target      TEXT    NOT NULL,
    target_kind TEXT    NOT NULL CHECK (target_kind IN ('email', 'ip', 'range', 'domain')),
    reason      TEXT    NOT NULL DEFAULT '',
    ends_at     INTEGER,
    set_by      TEXT    NOT NULL,
    set_via     TEXT    NOT NULL,
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    cleared_at  INTEGER,
    cleared_by  TEXT
);
CREATE INDEX commenter_sanctions_by_target ON commenter_sanctions (target, cleared_at);
CREATE INDEX commenter_sanctions_ranges ON commenter_sanctions (target_kind, cleared_at);

-- The rolling rejection rate reads an author's newest comments.
CREATE INDEX comments_by_email_time ON comments (author_email, created_at);

-- When staff closed an article's comments, so the closed discussion can say
-- since when (NULL while open, and for discussions closed before this).
ALTER TABLE articles ADD COLUMN comments_closed_at INTEGER;

-- Section desks: the sections (category slugs, comma-separated) a staff
-- account is limited to; '' for every section. An article's sections are
-- its categories (`terms` with taxonomy 'category', as WordPress has them).
ALTER TABLE users ADD COLUMN sections TEXT NOT NULL DEFAULT '';
CREATE INDEX article_terms_by_term ON article_terms (term_id, article_id);
