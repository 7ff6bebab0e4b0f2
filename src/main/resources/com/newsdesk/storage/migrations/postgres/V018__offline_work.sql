-- Offline work (issue 16), as V018__offline_work.sql on SQLite: tables used in the newsroom a copy is taken from
-- (offline_copies, article_checkouts, offline_returns, article_conflicts) and in the file that holds it
-- (offline_copy, offline_articles, offline_comments). Every newsroom has all of them.
CREATE TABLE offline_copies (
    copy_id     TEXT COLLATE "C" PRIMARY KEY,
    taken_by    TEXT COLLATE "C" NOT NULL,
    taken_at    TEXT COLLATE "C" NOT NULL,
    returned_at TEXT COLLATE "C"
);

CREATE TABLE article_checkouts (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    copy_id    TEXT COLLATE "C" NOT NULL REFERENCES offline_copies (copy_id) ON DELETE CASCADE DEFERRABLE,
    taken_by   TEXT COLLATE "C" NOT NULL,
    taken_at   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, copy_id)
);

CREATE TABLE offline_returns (
    return_key     TEXT COLLATE "C" PRIMARY KEY,
    outcome        TEXT COLLATE "C" NOT NULL,
    result_id      BIGINT NOT NULL,
    result_version BIGINT NOT NULL,
    applied_at     TEXT COLLATE "C" NOT NULL
);

CREATE TABLE article_conflicts (
    article_id       BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    revision_id      BIGINT NOT NULL REFERENCES article_revisions (id) ON DELETE CASCADE DEFERRABLE,
    slug             TEXT COLLATE "C" NOT NULL,
    headline         TEXT COLLATE "C" NOT NULL,
    dek              TEXT COLLATE "C" NOT NULL DEFAULT '',
    byline           TEXT COLLATE "C" NOT NULL DEFAULT '',
    section          TEXT COLLATE "C" NOT NULL DEFAULT '',
    tags             TEXT COLLATE "C" NOT NULL DEFAULT '',
    language         TEXT COLLATE "C" NOT NULL DEFAULT 'en',
    body             TEXT COLLATE "C" NOT NULL,
    scheduled_at     TEXT COLLATE "C",
    excerpt          TEXT COLLATE "C" NOT NULL DEFAULT '',
    seo_title        TEXT COLLATE "C" NOT NULL DEFAULT '',
    meta_description TEXT COLLATE "C" NOT NULL DEFAULT '',
    image_file       TEXT COLLATE "C" NOT NULL DEFAULT '',
    image_alt        TEXT COLLATE "C" NOT NULL DEFAULT '',
    image_caption    TEXT COLLATE "C" NOT NULL DEFAULT '',
    embargo_at       TEXT COLLATE "C",
    saved_by         TEXT COLLATE "C" NOT NULL DEFAULT '',
    saved_at         TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, revision_id)
);

CREATE TABLE offline_copy (
    copy_id       TEXT COLLATE "C" PRIMARY KEY,
    source        TEXT COLLATE "C" NOT NULL,
    taken_by      TEXT COLLATE "C" NOT NULL,
    taken_at      TEXT COLLATE "C" NOT NULL,
    last_local_id BIGINT NOT NULL,
    returned_at   TEXT COLLATE "C"
);

CREATE TABLE offline_articles (
    local_id       BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    source_id      BIGINT NOT NULL UNIQUE,
    source_version BIGINT NOT NULL,
    source_status  TEXT COLLATE "C" NOT NULL DEFAULT '',
    local_version  BIGINT NOT NULL,
    taken          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE offline_comments (
    local_id    BIGINT PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE DEFERRABLE,
    source_id   BIGINT NOT NULL UNIQUE,
    seen_status TEXT COLLATE "C" NOT NULL
);

-- Each seat records its own takings and checkouts; everyone sees them (the lists say who has what offline).
-- Conflicts are written as the article's revisions are: by Editors, and by a Writer on their own draft.
ALTER TABLE offline_copies ENABLE ROW LEVEL SECURITY;
CREATE POLICY offline_copies_read ON offline_copies FOR SELECT USING (true);
CREATE POLICY offline_copies_own ON offline_copies FOR ALL USING (newsdesk_own(taken_by))
    WITH CHECK (newsdesk_own(taken_by));
ALTER TABLE article_checkouts ENABLE ROW LEVEL SECURITY;
CREATE POLICY article_checkouts_read ON article_checkouts FOR SELECT USING (true);
CREATE POLICY article_checkouts_own ON article_checkouts FOR ALL USING (newsdesk_own(taken_by))
    WITH CHECK (newsdesk_own(taken_by));
ALTER TABLE article_conflicts ENABLE ROW LEVEL SECURITY;
CREATE POLICY article_conflicts_read ON article_conflicts FOR SELECT USING (true);
CREATE POLICY article_conflicts_editors ON article_conflicts FOR ALL USING (newsdesk_is('editor'))
    WITH CHECK (newsdesk_is('editor'));
CREATE POLICY article_conflicts_writers ON article_conflicts FOR ALL USING (newsdesk_writes(article_id))
    WITH CHECK (newsdesk_writes(article_id));

-- The groups' grants now include these tables: the function of schema 17 keeps its name's job (the owner runs
-- newsdesk_prepare_roles() after a restore or a copy), doing what it did and then granting the new tables.
ALTER FUNCTION newsdesk_prepare_roles() RENAME TO newsdesk_prepare_roles_17;
DO $do$
BEGIN
    EXECUTE format($f$
CREATE FUNCTION newsdesk_prepare_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    a TEXT;
    e TEXT;
    w TEXT;
    m TEXT;
BEGIN
    PERFORM %1$I.newsdesk_prepare_roles_17();
    SELECT r.group_name INTO a FROM %1$I.newsdesk_roles r WHERE r.role = 'admin';
    SELECT r.group_name INTO e FROM %1$I.newsdesk_roles r WHERE r.role = 'editor';
    SELECT r.group_name INTO w FROM %1$I.newsdesk_roles r WHERE r.role = 'writer';
    SELECT r.group_name INTO m FROM %1$I.newsdesk_roles r WHERE r.role = 'moderator';
    EXECUTE format('GRANT ALL ON offline_copies, article_checkouts, offline_returns, article_conflicts,'
                   ' offline_copy, offline_articles, offline_comments TO %%I', a);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON offline_copies, article_checkouts TO %%I, %%I, %%I',
                   e, w, m);
    EXECUTE format('GRANT SELECT, INSERT ON offline_returns TO %%I, %%I, %%I', e, w, m);
    EXECUTE format('GRANT SELECT ON article_conflicts TO %%I, %%I, %%I', e, w, m);
    EXECUTE format('GRANT INSERT, DELETE ON article_conflicts TO %%I, %%I', e, w);
END $$ $f$, current_schema());
END $do$;

REVOKE ALL ON FUNCTION newsdesk_prepare_roles() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsdesk_prepare_roles_17() FROM PUBLIC;

SELECT newsdesk_prepare_roles();
