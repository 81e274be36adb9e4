-- Email notifications and moderator webhooks (issue 15).
--
-- Atomic without triggers or a second round trip: the transaction that
-- stores a reader's comment (the group commit) also queues it here (bit 1:
-- new; bit 2: its author asked for follow-ups), and a moderator's approval
-- of a held comment queues bit 4 in the moderation's transaction. The
-- notification worker turns queued rows into `outbox` rows and deletes
-- them in one transaction, so a committed comment implies its mail;
-- `outbox.dedupe` makes a second worker's copy of a message a no-op.
-- Imported comments and staff replies are not queued.
CREATE TABLE notify_queue (
    id          INTEGER PRIMARY KEY,
    comment_id  INTEGER NOT NULL,
    bits        INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);

-- Addresses that asked for mail and, once they followed the link in the
-- confirmation message, may receive it (double opt-in). Lower case.
CREATE TABLE mail_addresses (
    email         TEXT    PRIMARY KEY,
    confirmed_at  INTEGER,
    created_at    INTEGER NOT NULL
);

-- Who follows which article's discussion (mailed only once confirmed).
CREATE TABLE mail_subscriptions (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    email       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (article_id, email)
);
CREATE INDEX mail_subscriptions_by_email ON mail_subscriptions (email);

-- Every message waiting to go or gone: mail (`recipient` an address) and
-- webhooks (`recipient` a URL). Sent by the worker with retries; a row is
-- claimed with a lease (`lease_until`) so two nodes never send the same.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL CHECK (kind IN ('mail', 'digest_item', 'webhook')),
    recipient        TEXT    NOT NULL,
    subject          TEXT    NOT NULL DEFAULT '',
    body             TEXT    NOT NULL,
    unsubscribe      TEXT,
    comment_id       INTEGER,
    dedupe           TEXT    UNIQUE,
    created_at       INTEGER NOT NULL,
    next_attempt_at  INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    lease_until      INTEGER,
    sent_at          INTEGER
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_by_recipient ON outbox (recipient, sent_at);
