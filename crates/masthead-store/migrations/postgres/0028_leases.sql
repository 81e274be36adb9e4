-- Work that one node does at a time when several share the database
-- (issue 29: publishing live events to the GRIP proxy; later the wire
-- desk's polling). A lease is held until `until_ms` and renewed by its
-- holder; once it lapses another node takes it over and resumes from the
-- work's `position`, which the holder records as it goes.
CREATE TABLE leases (
    name     TEXT PRIMARY KEY,
    holder   TEXT   NOT NULL,
    until_ms BIGINT NOT NULL,
    position BIGINT
);

-- The live chain behind a GRIP proxy: the id of the last item published on
-- each article's channel (the next names it as its `prev-id`). Every node
-- answers a held stream from it, so all name the one chain.
CREATE TABLE grip_channels (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    last_id    BIGINT NOT NULL
);
