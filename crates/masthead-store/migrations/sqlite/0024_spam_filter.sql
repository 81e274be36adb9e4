-- Issue 27: the spam filter that learns from the site's own decisions.
--
-- `filter_lessons`: every staff decision that teaches the filter (approve,
-- spam, not spam, trash), with the features of the comment as it arrived:
-- `content` (text, links, shape) and `author` (name, website, history),
-- each a run of little-endian u32 feature ids. Every node builds the same
-- model by learning them in id order on top of the shipped starting model.
-- `weight` is in thousandths (a trash counts half). No email or IP
-- address is in them. The comment may go; the lesson stays.
-- `filter_state`: one row, read before every decision: the last lesson
-- (a node that has it is up to date) and a generation that moves when
-- lessons are rewritten (a privacy erasure), so every node starts again.
-- `comments.filter_score`: the filter's score in thousandths, so the queue
-- can sort by it.
CREATE TABLE filter_lessons (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id  INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    label       TEXT    NOT NULL CHECK (label IN ('ham', 'spam')),
    weight      INTEGER NOT NULL,
    content     BLOB    NOT NULL,
    author      BLOB    NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX filter_lessons_comment ON filter_lessons (comment_id);

CREATE TABLE filter_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    generation  INTEGER NOT NULL,
    last_lesson INTEGER NOT NULL
);
INSERT INTO filter_state (id, generation, last_lesson) VALUES (1, 0, 0);

ALTER TABLE comments ADD COLUMN filter_score INTEGER;
