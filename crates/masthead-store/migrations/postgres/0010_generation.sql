-- The cache generation, as in SQLite, plus a NOTIFY on every change so that
-- other nodes can learn of it without asking (LISTEN masthead_generation).
CREATE TABLE site_state (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    generation  BIGINT NOT NULL
);
INSERT INTO site_state (id, generation) VALUES (1, 0);

CREATE FUNCTION masthead_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE site_state SET generation = generation + 1 WHERE id = 1;
    PERFORM pg_notify('masthead_generation', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER generation_articles AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION masthead_bump_generation();
CREATE TRIGGER generation_settings AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION masthead_bump_generation();
CREATE TRIGGER generation_comment_insert AFTER INSERT ON comments
    FOR EACH ROW WHEN (NEW.status = 'approved') EXECUTE FUNCTION masthead_bump_generation();
CREATE TRIGGER generation_comment_update AFTER UPDATE ON comments
    FOR EACH ROW WHEN (OLD.status = 'approved' OR NEW.status = 'approved')
    EXECUTE FUNCTION masthead_bump_generation();
CREATE TRIGGER generation_comment_delete AFTER DELETE ON comments
    FOR EACH ROW WHEN (OLD.status = 'approved') EXECUTE FUNCTION masthead_bump_generation();
