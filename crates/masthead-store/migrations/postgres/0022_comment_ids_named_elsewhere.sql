-- Issue 25 (see SQLite's 0022). Identity sequences never hand an id out
-- twice, but a site copied or restored into PostgreSQL had its sequence set
-- to the largest comment id copied, below the ids of comments deleted
-- before that other tables still name (the moderation log, the change log,
-- the notification queue, the outbox's `dedupe` keys, the import record).
-- Moved past them; a no-op where they name nothing higher.
SELECT setval(pg_get_serial_sequence('comments', 'id'), named.id)
FROM (SELECT GREATEST(
        (SELECT max(id) FROM comments),
        (SELECT max(comment_id) FROM moderation_log),
        (SELECT max(comment_id) FROM comment_changes),
        (SELECT max(comment_id) FROM notify_queue),
        (SELECT max(comment_id) FROM outbox),
        (SELECT max(target_id) FROM imported WHERE kind = 'comment')) AS id) named
WHERE named.id IS NOT NULL
  AND named.id > COALESCE(pg_sequence_last_value(pg_get_serial_sequence('comments', 'id')::regclass), 0);
