CREATE TABLE trusted_authors (
    email       TEXT   PRIMARY KEY,
    created_at  BIGINT NOT NULL
);
