-- Commenters a moderator chose to trust ("Approve and trust this author"):
-- their comments skip the hold rules, never the spam rules.
CREATE TABLE trusted_authors (
    email       TEXT    PRIMARY KEY,
    created_at  INTEGER NOT NULL
);
