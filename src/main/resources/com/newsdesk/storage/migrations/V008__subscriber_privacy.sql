-- Addresses erased on request: only a keyed hash stays, so that no import or form re-subscribes them.
CREATE TABLE suppressed_emails (
    email_hash TEXT PRIMARY KEY,
    erased_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Domains whose addresses are never (re-)subscribed, whatever a file says.
CREATE TABLE blocked_subscriber_domains (
    domain TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Lists filter by source and by date.
CREATE INDEX subscribers_source ON subscribers (source, id);
CREATE INDEX subscribers_created ON subscribers (created_at, id);
