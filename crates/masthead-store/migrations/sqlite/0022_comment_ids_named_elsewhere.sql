-- Issue 25: comment ids are never handed out twice. 0021 started the
-- comments' AUTOINCREMENT sequence above the ids the moderation log and the
-- change log name; the notification queue, the outbox (whose `dedupe` keys
-- hold the id: a new comment with an old id would find its moderators'
-- notice already "sent") and the import record (a re-import would take the
-- new comment for the imported one) name comment ids too, of comments
-- deleted since (a privacy erasure logs nothing). Moved past them as well;
-- a no-op where they name nothing higher.
UPDATE sqlite_sequence SET seq = max(seq,
    coalesce((SELECT max(comment_id) FROM notify_queue), 0),
    coalesce((SELECT max(comment_id) FROM outbox), 0),
    coalesce((SELECT max(target_id) FROM imported WHERE kind = 'comment'), 0))
WHERE name = 'comments';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'comments', max(
    coalesce((SELECT max(comment_id) FROM notify_queue), 0),
    coalesce((SELECT max(comment_id) FROM outbox), 0),
    coalesce((SELECT max(target_id) FROM imported WHERE kind = 'comment'), 0))
WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'comments');
