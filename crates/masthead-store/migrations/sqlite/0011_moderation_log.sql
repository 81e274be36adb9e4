-- Who moderated which comment, when and through which door (admin, REST,
-- CLI). No foreign key: the line outlives a comment deleted for good.
CREATE TABLE moderation_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id  INTEGER NOT NULL,
    action      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    user_id     INTEGER,
    via         TEXT    NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX moderation_log_comment ON moderation_log (comment_id, id);
