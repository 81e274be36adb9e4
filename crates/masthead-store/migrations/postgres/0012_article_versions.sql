-- Per-article cache versions, as in SQLite (see its 0012 for the scheme).
-- The NOTIFY on masthead_generation now says what changed:
--   "SCHEMA NUMBER s"            a site-wide change (articles, settings)
--   "SCHEMA NUMBER a ID,ID,..."  approved comments of these articles
--   "SCHEMA NUMBER"              something else: ask for the changes since
--                                the number last known (too many articles
--                                for one payload)
ALTER TABLE site_state ADD COLUMN site_generation BIGINT NOT NULL DEFAULT 0;
UPDATE site_state SET site_generation = generation;
CREATE TABLE article_state (
    article_id  BIGINT PRIMARY KEY,
    generation  BIGINT NOT NULL
);
CREATE INDEX article_state_generation ON article_state (generation);

CREATE OR REPLACE FUNCTION masthead_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next BIGINT;
BEGIN
    UPDATE site_state SET generation = generation + 1, site_generation = generation + 1
        WHERE id = 1 RETURNING generation INTO next;
    PERFORM pg_notify('masthead_generation', current_schema() || ' ' || next::text || ' s');
    RETURN NULL;
END
$$;

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
