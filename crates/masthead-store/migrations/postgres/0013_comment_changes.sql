-- Which comments each change touched (see SQLite's 0013 for the scheme):
-- a node that read a story's discussion as of number N reads only the
-- comments changed since. The last 10,000 numbers are kept;
-- `site_state.changes_since` says from where the log is complete.
CREATE TABLE comment_changes (
    generation  BIGINT NOT NULL,
    article_id  BIGINT NOT NULL,
    comment_id  BIGINT NOT NULL
);
CREATE INDEX comment_changes_article ON comment_changes (article_id, generation);
CREATE INDEX comment_changes_generation ON comment_changes (generation);
ALTER TABLE site_state ADD COLUMN changes_since BIGINT NOT NULL DEFAULT 0;
UPDATE site_state SET changes_since = generation;

CREATE OR REPLACE FUNCTION masthead_bump_for_comments() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next BIGINT;
    touched BIGINT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT article_id) INTO touched FROM new_rows WHERE status = 'approved';
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(DISTINCT article_id) INTO touched FROM (
            SELECT article_id FROM new_rows WHERE status = 'approved'
            UNION SELECT article_id FROM old_rows WHERE status = 'approved') t;
    ELSE
        SELECT array_agg(DISTINCT article_id) INTO touched FROM old_rows WHERE status = 'approved';
    END IF;
    IF touched IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE site_state SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO next;
    INSERT INTO article_state (article_id, generation) SELECT unnest(touched), next
        ON CONFLICT (article_id) DO UPDATE SET generation = excluded.generation;
    -- The log: which comments, under this number.
    IF TG_OP = 'INSERT' THEN
        INSERT INTO comment_changes (generation, article_id, comment_id)
            SELECT next, article_id, id FROM new_rows WHERE status = 'approved';
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO comment_changes (generation, article_id, comment_id)
            SELECT next, article_id, id FROM new_rows WHERE status = 'approved'
            UNION SELECT next, article_id, id FROM old_rows WHERE status = 'approved';
    ELSE
        INSERT INTO comment_changes (generation, article_id, comment_id)
            SELECT next, article_id, id FROM old_rows WHERE status = 'approved';
    END IF;
    IF next % 64 = 0 THEN
        UPDATE site_state SET changes_since = GREATEST(changes_since, next - 10000) WHERE id = 1;
        DELETE FROM comment_changes WHERE generation <= next - 10000;
    END IF;
    -- A payload holds at most 8000 bytes.
    IF cardinality(touched) <= 400 THEN
        PERFORM pg_notify('masthead_generation',
            current_schema() || ' ' || next::text || ' a ' || array_to_string(touched, ','));
    ELSE
        PERFORM pg_notify('masthead_generation', current_schema() || ' ' || next::text);
    END IF;
    RETURN NULL;
END
$$;
