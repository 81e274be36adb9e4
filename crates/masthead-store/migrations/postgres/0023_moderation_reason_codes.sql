-- Issue 26: `comments.moderation_reason` holds codes with their arguments
-- (a JSON list, `[{"code":"links","links":3,"limit":2}]`), told in a
-- language only when shown; it held English sentences before. The store
-- converts those rows on opening (`sql/legacy_reasons.rs`), finding them
-- through this index, which is empty once they are converted: codes always
-- start with `[`, a sentence never did.
CREATE INDEX comments_reason_words ON comments (id) WHERE moderation_reason NOT LIKE '[%';
