-- A newsroom's WordPress sites (issue 19), as V019__sites.sql on SQLite.
CREATE TABLE sites (
    id           BIGINT PRIMARY KEY,
    name         TEXT COLLATE "C" NOT NULL UNIQUE,
    url          TEXT COLLATE "C" NOT NULL,
    username     TEXT COLLATE "C" NOT NULL,
    added_by     TEXT COLLATE "C" NOT NULL,
    added_at     TEXT COLLATE "C" NOT NULL,
    pulled_to    BIGINT NOT NULL DEFAULT 0,
    last_sync_at TEXT COLLATE "C",
    last_error   TEXT COLLATE "C" NOT NULL DEFAULT ''
);

-- Ids as on SQLite (schema 15's functions): imported ids kept, later ones after them.
CREATE SEQUENCE sites_id_seq;
CREATE TRIGGER sites_assign_id BEFORE INSERT ON sites FOR EACH ROW EXECUTE FUNCTION newsdesk_assign_id();
CREATE TRIGGER sites_follow_ids AFTER INSERT ON sites REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
    EXECUTE FUNCTION newsdesk_follow_ids();

CREATE TABLE site_posts (
    site_id    BIGINT NOT NULL REFERENCES sites (id) ON DELETE CASCADE DEFERRABLE,
    remote_id  BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    published  INTEGER NOT NULL DEFAULT 0,
    seen_fingerprint TEXT COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, remote_id)
);
CREATE INDEX site_posts_article ON site_posts (article_id);

CREATE TABLE site_comments (
    site_id     BIGINT NOT NULL REFERENCES sites (id) ON DELETE CASCADE DEFERRABLE,
    remote_id   BIGINT NOT NULL,
    comment_id  BIGINT NOT NULL UNIQUE REFERENCES comments (id) ON DELETE CASCADE DEFERRABLE,
    seen_status TEXT COLLATE "C" NOT NULL,
    seen_text   TEXT COLLATE "C" NOT NULL,
    seen_edit   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, remote_id)
);

-- Staff replies, found without reading every comment: a sync sends those whose parent is on a site.
CREATE INDEX comments_staff_replies ON comments (parent_id) WHERE reason = 'reply by staff';

-- Admins add and remove sites; Editors and Moderators sync them (moderation), which records what was seen.
ALTER FUNCTION newsdesk_prepare_roles() RENAME TO newsdesk_prepare_roles_18;
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
    PERFORM %1$I.newsdesk_prepare_roles_18();
    SELECT r.group_name INTO a FROM %1$I.newsdesk_roles r WHERE r.role = 'admin';
    SELECT r.group_name INTO e FROM %1$I.newsdesk_roles r WHERE r.role = 'editor';
    SELECT r.group_name INTO w FROM %1$I.newsdesk_roles r WHERE r.role = 'writer';
    SELECT r.group_name INTO m FROM %1$I.newsdesk_roles r WHERE r.role = 'moderator';
    EXECUTE format('GRANT ALL ON sites, site_posts, site_comments TO %%I', a);
    EXECUTE format('GRANT SELECT ON sites TO %%I, %%I, %%I', e, w, m);
    EXECUTE format('GRANT UPDATE (pulled_to, last_sync_at, last_error) ON sites TO %%I, %%I', e, m);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON site_posts, site_comments TO %%I, %%I', e, m);
END $$ $f$, current_schema());
END $do$;

REVOKE ALL ON FUNCTION newsdesk_prepare_roles() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsdesk_prepare_roles_18() FROM PUBLIC;

SELECT newsdesk_prepare_roles();
