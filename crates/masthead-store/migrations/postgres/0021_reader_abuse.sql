-- Issue 25 (see SQLite's 0021). Identity sequences never hand an id out
-- twice, so comments need no rebuild here.
ALTER TABLE comments ADD COLUMN reader_id TEXT;
ALTER TABLE comments ADD COLUMN page_title TEXT;
CREATE INDEX comments_by_reader ON comments (reader_id, status) WHERE reader_id IS NOT NULL;

ALTER TABLE comment_reports ADD COLUMN network TEXT;
ALTER TABLE comment_reports ADD COLUMN weight SMALLINT NOT NULL DEFAULT 2;
ALTER TABLE comment_recommends ADD COLUMN network TEXT;
CREATE INDEX comment_recommends_by_network ON comment_recommends (comment_id, network);

ALTER TABLE articles ADD COLUMN title_confirmed BOOLEAN NOT NULL DEFAULT TRUE;
