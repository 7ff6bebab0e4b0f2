-- A newsroom's WordPress sites (issue 19): where comments are pulled from and decisions pushed to. The site's
-- application password is never stored here (asked each session, or from NEWSDESK_SITE_PASSWORD).
CREATE TABLE sites (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE,
    url          TEXT    NOT NULL,
    username     TEXT    NOT NULL,
    added_by     TEXT    NOT NULL,
    added_at     TEXT    NOT NULL,
    pulled_to    INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT,
    last_error   TEXT    NOT NULL DEFAULT ''
);

-- The site's post each article came from, was published as, or hangs its comments on. published = 1: the article
-- is the post's text (published or pulled from here), and seen_fingerprint is the post's modified time and a digest of
-- its title, excerpt and text then, so a post changed on the site since is never overwritten unseen.
CREATE TABLE site_posts (
    site_id       INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    remote_id     INTEGER NOT NULL,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    published     INTEGER NOT NULL DEFAULT 0,
    seen_fingerprint TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, remote_id)
);
CREATE INDEX site_posts_article ON site_posts (article_id);

-- A comment known on a site, with what was last seen there: its status, a digest of its text and the newest of
-- its edits here then. A status or an edit here that differs from what was seen is waiting to be pushed.
CREATE TABLE site_comments (
    site_id     INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    remote_id   INTEGER NOT NULL,
    comment_id  INTEGER NOT NULL UNIQUE REFERENCES comments (id) ON DELETE CASCADE,
    seen_status TEXT    NOT NULL,
    seen_text   TEXT    NOT NULL,
    seen_edit   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, remote_id)
);

-- Staff replies, found without reading every comment: a sync sends those whose parent is on a site.
CREATE INDEX comments_staff_replies ON comments (parent_id) WHERE reason = 'reply by staff';
