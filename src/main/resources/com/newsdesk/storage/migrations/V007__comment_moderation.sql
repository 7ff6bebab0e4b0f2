-- Where a comment came from, so that rules can block an address.
ALTER TABLE comments ADD COLUMN author_ip TEXT NOT NULL DEFAULT '';

-- Moderation rules: lists of words, addresses, domains and IPs. Matching is done in Java (Unicode word
-- boundaries), so the values are stored as typed.
CREATE TABLE comment_rules (
    kind  TEXT NOT NULL CHECK (kind IN ('blocked_word', 'blocked_email', 'blocked_domain', 'blocked_ip',
                                        'suspect_word')),
    value TEXT NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

-- Small newsroom-wide settings (rule numbers and switches, later backups): one text value per key.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The text a comment had before each edit by a moderator.
CREATE TABLE comment_edits (
    id            INTEGER PRIMARY KEY,
    comment_id    INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    edited_at     TEXT    NOT NULL,
    edited_by     TEXT    NOT NULL,
    previous_body TEXT    NOT NULL
);
CREATE INDEX comment_edits_comment ON comment_edits (comment_id, edited_at);

-- A record's history (a comment's decisions and edits) reads its audit entries.
CREATE INDEX audit_log_record ON audit_log (record_type, record_id, at);
