-- Application passwords for the REST API (HTTP Basic auth), as in WordPress.
-- Only a SHA-256 of each is stored; the password is shown once when created.
CREATE TABLE app_passwords (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label          TEXT    NOT NULL,
    hash           TEXT    NOT NULL UNIQUE,
    created_at     INTEGER NOT NULL,
    last_used_at   INTEGER
);
CREATE INDEX app_passwords_by_user ON app_passwords (user_id);
