-- Edits to a published article wait here until Update makes them live, so that saving never publishes by itself.
-- One row per article: the editor's latest text and fields, as an autosave or a save left them.
CREATE TABLE article_pending (
    article_id       INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    slug             TEXT    NOT NULL,
    headline         TEXT    NOT NULL,
    dek              TEXT    NOT NULL DEFAULT '',
    byline           TEXT    NOT NULL DEFAULT '',
    section          TEXT    NOT NULL DEFAULT '',
    tags             TEXT    NOT NULL DEFAULT '',
    language         TEXT    NOT NULL DEFAULT 'en',
    body             TEXT    NOT NULL,
    scheduled_at     TEXT,
    excerpt          TEXT    NOT NULL DEFAULT '',
    seo_title        TEXT    NOT NULL DEFAULT '',
    meta_description TEXT    NOT NULL DEFAULT '',
    image_file       TEXT    NOT NULL DEFAULT '',
    image_alt        TEXT    NOT NULL DEFAULT '',
    image_caption    TEXT    NOT NULL DEFAULT '',
    embargo_at       TEXT,
    saved_by         TEXT    NOT NULL DEFAULT '',
    saved_at         TEXT    NOT NULL
);

-- Deleted drafts wait here for 30 days, restorable, before they are removed for good; lists leave them out.
CREATE TABLE article_trash (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    deleted_at TEXT    NOT NULL,
    deleted_by TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX article_trash_deleted ON article_trash (deleted_at);
