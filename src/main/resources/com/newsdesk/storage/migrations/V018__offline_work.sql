-- Offline work (issue 16): a seat takes articles and a slice of the comment queue from a shared newsroom into its
-- own newsroom file, works there, and brings the changes back. Every newsroom has all these tables (one schema);
-- the first three are used in the newsroom a copy is taken from, the last three in the file that holds it.

-- Each taking, by the seat that took it: a return names its copy, so a file from another newsroom is refused.
CREATE TABLE offline_copies (
    copy_id     TEXT PRIMARY KEY,
    taken_by    TEXT NOT NULL,
    taken_at    TEXT NOT NULL,
    returned_at TEXT
);

-- "Taken offline by NAME since TIME", shown to everyone; others may still edit (warned).
CREATE TABLE article_checkouts (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    copy_id    TEXT    NOT NULL REFERENCES offline_copies (copy_id) ON DELETE CASCADE,
    taken_by   TEXT    NOT NULL,
    taken_at   TEXT    NOT NULL,
    PRIMARY KEY (article_id, copy_id)
);

-- Every change a return applied, keyed by the copy, the local row and its local version: a return resumed after a
-- kill skips what is here, so nothing is applied twice.
CREATE TABLE offline_returns (
    return_key     TEXT    PRIMARY KEY,
    outcome        TEXT    NOT NULL,
    result_id      INTEGER NOT NULL,
    result_version INTEGER NOT NULL,
    applied_at     TEXT    NOT NULL
);

-- An offline version that met an article changed meanwhile: kept whole (as a revision too), the article marked
-- "conflict: offline changes by NAME" until someone keeps one of the two.
CREATE TABLE article_conflicts (
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    revision_id      INTEGER NOT NULL REFERENCES article_revisions (id) ON DELETE CASCADE,
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
    saved_at         TEXT    NOT NULL,
    PRIMARY KEY (article_id, revision_id)
);

-- The copy this file holds: where from (an address without password), who took it and when. One row at most.
CREATE TABLE offline_copy (
    copy_id         TEXT    PRIMARY KEY,
    source          TEXT    NOT NULL,
    taken_by        TEXT    NOT NULL,
    taken_at        TEXT    NOT NULL,
    last_local_id   INTEGER NOT NULL,
    returned_at     TEXT
);

-- A taken article: its id at the source, the source's version the local text is based on and the status it had
-- there, and the local version that matches it (unchanged while equal). taken = 0: it came along with its comments, not to be worked on.
CREATE TABLE offline_articles (
    local_id       INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    source_id      INTEGER NOT NULL UNIQUE,
    source_version INTEGER NOT NULL,
    source_status  TEXT    NOT NULL DEFAULT '',
    local_version  INTEGER NOT NULL,
    taken          INTEGER NOT NULL DEFAULT 1
);

-- A taken comment: its id at the source and the status the moderator saw there.
CREATE TABLE offline_comments (
    local_id    INTEGER PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL UNIQUE,
    seen_status TEXT    NOT NULL
);
