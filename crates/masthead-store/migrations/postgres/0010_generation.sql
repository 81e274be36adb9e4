-- The cache generation, as in SQLite, plus a NOTIFY of "SCHEMA NUMBER" on
-- every change so that other nodes learn of it without asking (LISTEN
-- masthead_generation; the schema tells sites sharing a database apart). Statement-level triggers with transition tables: an
-- import of 100,000 approved comments moves the number once, not 100,000 times.
CREATE TABLE site_state (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    generation  BIGINT NOT NULL
);
INSERT INTO site_state (id, generation) VALUES (1, 0);

CREATE FUNCTION masthead_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next BIGINT;
BEGIN
    UPDATE site_state SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO next;
    PERFORM pg_notify('masthead_generation', current_schema() || ' ' || next::text);
    RETURN NULL;
END
$$;

-- Comments count only when an approved one appears, changes or goes.
CREATE FUNCTION masthead_bump_for_comments() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM new_rows WHERE status = 'approved') THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NOT EXISTS (SELECT 1 FROM new_rows WHERE status = 'approved')
           AND NOT EXISTS (SELECT 1 FROM old_rows WHERE status = 'approved') THEN
            RETURN NULL;
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM old_rows WHERE status = 'approved') THEN
        RETURN NULL;
    END IF;
    UPDATE site_state SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO next;
    PERFORM pg_notify('masthead_generation', current_schema() || ' ' || next::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER generation_articles AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION masthead_bump_generation();
CREATE TRIGGER generation_settings AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION masthead_bump_generation();
CREATE TRIGGER generation_comment_insert AFTER INSERT ON comments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION masthead_bump_for_comments();
CREATE TRIGGER generation_comment_update AFTER UPDATE ON comments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION masthead_bump_for_comments();
CREATE TRIGGER generation_comment_delete AFTER DELETE ON comments
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION masthead_bump_for_comments();
