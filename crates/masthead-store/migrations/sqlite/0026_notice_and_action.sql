-- Issue 28, part 6: the EU Digital Services Act's notice-and-action.
-- `illegal_notices`: a reader's notice of illegal content about a comment
-- (article 16), with the optional name and address the acknowledgement and
-- the decision go to; decided once. `statements_of_reasons`: what a
-- removal tells the comment's author (article 17), and their appeal and its
-- review by another staff member (article 20).
CREATE TABLE illegal_notices (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id     INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    category       TEXT    NOT NULL,
    explanation    TEXT    NOT NULL,
    notifier_name  TEXT    NOT NULL DEFAULT '',
    notifier_email TEXT    NOT NULL DEFAULT '',
    lang           TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    decision       TEXT CHECK (decision IN ('removed', 'kept')),
    decided_by     TEXT,
    decided_at     INTEGER
);
CREATE INDEX illegal_notices_open ON illegal_notices (decided_at, id);

CREATE TABLE statements_of_reasons (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id        INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    notice_id         INTEGER REFERENCES illegal_notices (id) ON DELETE SET NULL,
    decision          TEXT    NOT NULL,
    ground            TEXT    NOT NULL CHECK (ground IN ('law', 'terms')),
    category          TEXT    NOT NULL,
    facts             TEXT    NOT NULL,
    automated         BOOLEAN NOT NULL,
    decided_by        TEXT    NOT NULL,
    created_at        INTEGER NOT NULL,
    appeal            TEXT,
    appealed_at       INTEGER,
    appeal_outcome    TEXT CHECK (appeal_outcome IN ('upheld', 'reversed')),
    appeal_decided_by TEXT,
    appeal_decided_at INTEGER
);
CREATE INDEX statements_by_comment ON statements_of_reasons (comment_id, id);
