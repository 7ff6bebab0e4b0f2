-- Newsdesk schema 1. Times are ISO-8601 UTC text; ids are integer rowids.

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL,
    display_name  TEXT    NOT NULL DEFAULT '',
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'editor', 'writer', 'moderator')),
    password_hash TEXT    NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE UNIQUE INDEX staff_username ON staff (lower(username));

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    record_type TEXT,
    record_id   INTEGER,
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    slug         TEXT    NOT NULL UNIQUE,
    headline     TEXT    NOT NULL,
    dek          TEXT    NOT NULL DEFAULT '',
    byline       TEXT    NOT NULL DEFAULT '',
    section      TEXT    NOT NULL DEFAULT '',
    language     TEXT    NOT NULL DEFAULT 'en',
    status       TEXT    NOT NULL CHECK (status IN ('draft', 'in_review', 'scheduled', 'published', 'archived')),
    body         TEXT    NOT NULL,
    body_text    TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    published_at TEXT,
    scheduled_at TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX articles_status_updated ON articles (status, updated_at);
CREATE INDEX articles_updated ON articles (updated_at);
CREATE INDEX articles_published ON articles (published_at);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL
);
CREATE UNIQUE INDEX tags_name ON tags (lower(name));

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id);

CREATE TABLE article_revisions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    headline   TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    author     TEXT    NOT NULL DEFAULT '',
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL
);
CREATE INDEX article_revisions_article ON article_revisions (article_id, id);

-- Full-text search over headline, dek and body text; the triggers keep it in step with articles.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    headline, dek, body_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, dek, body_text) VALUES (new.id, new.headline, new.dek, new.body_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body_text)
        VALUES ('delete', old.id, old.headline, old.dek, old.body_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, dek, body_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body_text)
        VALUES ('delete', old.id, old.headline, old.dek, old.body_text);
    INSERT INTO articles_fts (rowid, headline, dek, body_text) VALUES (new.id, new.headline, new.dek, new.body_text);
END;

CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    author_name  TEXT    NOT NULL DEFAULT '',
    author_email TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    reason       TEXT,
    submitted_at TEXT    NOT NULL,
    decided_by   TEXT,
    decided_at   TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
-- Keyset paging of each queue in submission order.
CREATE INDEX comments_queue ON comments (status, submitted_at, id);
CREATE INDEX comments_article ON comments (article_id, submitted_at);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_author ON comments (lower(author_email));

CREATE TABLE subscribers (
    id              INTEGER PRIMARY KEY,
    email           TEXT    NOT NULL,
    name            TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL CHECK (status IN ('subscribed', 'unsubscribed', 'bounced', 'blocklisted')),
    source          TEXT    NOT NULL DEFAULT '',
    subscribed_at   TEXT,
    unsubscribed_at TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX subscribers_email ON subscribers (lower(email));
CREATE INDEX subscribers_status ON subscribers (status, id);

CREATE TABLE labels (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL
);
CREATE UNIQUE INDEX labels_name ON labels (lower(name));

CREATE TABLE subscriber_labels (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    label_id      INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (subscriber_id, label_id)
) WITHOUT ROWID;
CREATE INDEX subscriber_labels_label ON subscriber_labels (label_id);
