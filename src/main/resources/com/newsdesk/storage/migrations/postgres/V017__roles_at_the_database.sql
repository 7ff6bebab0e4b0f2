-- Roles that hold at the database (issue 15). Each staff member connects as their own PostgreSQL login, named as
-- their account, and is a member of one of this newsroom's four group roles (admin, editor, writer, moderator).
-- Grants and row-level security give each group what its Newsdesk role may do, so a login is no master key: a
-- Writer who opens psql with their own password cannot read subscribers, nor change another writer's draft. The
-- app's own checks stay the first line. The database's owner (who runs migrations) is not a staff seat; it
-- bypasses these rules as the owner of every table.
--
-- Roles belong to the whole server, which may hold several newsrooms: the groups are named after the database
-- ("newsroom_writer") and recorded here, so a renamed database keeps them.
--
-- The same schema number also replaces the subscribers' name index (at the end of this script).
CREATE TABLE newsdesk_roles (
    role       TEXT COLLATE "C" PRIMARY KEY CHECK (role IN ('admin', 'editor', 'writer', 'moderator')),
    group_name TEXT COLLATE "C" NOT NULL UNIQUE
);

-- The helpers the policies use name their tables with the schema, and no seat may create temporary tables: no one
-- can shadow newsdesk_roles or articles to pass a policy. Plain SQL functions without SET, so that the planner
-- inlines them and asks about the group once a query, not once a row.
DO $do$
BEGIN
    EXECUTE format($f$
        CREATE FUNCTION newsdesk_is(newsroom_role TEXT) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (SELECT 1 FROM %1$I.newsdesk_roles r
                            WHERE r.role IN (newsroom_role, 'admin')
                              AND pg_catalog.pg_has_role(r.group_name, 'MEMBER'))
        $$ $f$, current_schema());
    EXECUTE format($f$
        CREATE FUNCTION newsdesk_own(name TEXT) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT pg_catalog.lower(name) = pg_catalog.lower(current_user::text)
        $$ $f$);
    -- A Writer changes what belongs to their own draft (or the draft they just submitted, in the same save).
    EXECUTE format($f$
        CREATE FUNCTION newsdesk_writes(article BIGINT) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT %1$I.newsdesk_is('writer') AND EXISTS (
                SELECT 1 FROM %1$I.articles a WHERE a.id = article AND %1$I.newsdesk_own(a.created_by)
                   AND a.status IN ('draft', 'in_review'))
        $$ $f$, current_schema());
END $do$;

-- Subscriber search by name, a word or its start (accents ignored), or by the start of an address: one narrow
-- table of terms, a row per word of a name (kind 0) and one per address, lower-cased (kind 1), kept by triggers.
-- Its B-tree answers a prefix as a range of the index alone, in term order; the tsvector and GIN index it
-- replaces had to visit a heap page for each match (30,000 for a common first name among a million).
DROP TRIGGER subscribers_name_words_insert ON subscribers;
DROP TRIGGER subscribers_name_words_update ON subscribers;
DROP FUNCTION newsdesk_name_words_inserted();
DROP FUNCTION newsdesk_name_words_updated();
DROP TABLE subscriber_name_words;
CREATE TABLE subscriber_terms (
    kind SMALLINT NOT NULL CHECK (kind IN (0, 1)),
    term TEXT COLLATE "C" NOT NULL,
    id   BIGINT NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE DEFERRABLE,
    PRIMARY KEY (kind, term, id)
);
-- Whether one subscriber has a term (a page walked in id order asks this), and the cascade of a deletion.
CREATE INDEX subscriber_terms_subscriber ON subscriber_terms (id, kind, term);

CREATE FUNCTION newsdesk_terms_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO subscriber_terms (kind, term, id)
        SELECT DISTINCT 0, word, i.id FROM inserted i, unnest(tsvector_to_array(to_tsvector('newsdesk', i.name))) word
        UNION ALL
        SELECT 1, lower(i.email), i.id FROM inserted i;
    RETURN NULL;
END $$;

CREATE FUNCTION newsdesk_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM subscriber_terms t USING after_rows a JOIN before_rows b ON b.id = a.id
     WHERE t.id = a.id AND (a.name IS DISTINCT FROM b.name OR a.email IS DISTINCT FROM b.email);
    INSERT INTO subscriber_terms (kind, term, id)
        SELECT DISTINCT 0, word, a.id FROM after_rows a JOIN before_rows b ON b.id = a.id,
               unnest(tsvector_to_array(to_tsvector('newsdesk', a.name))) word
         WHERE a.name IS DISTINCT FROM b.name OR a.email IS DISTINCT FROM b.email
        UNION ALL
        SELECT 1, lower(a.email), a.id FROM after_rows a JOIN before_rows b ON b.id = a.id
         WHERE a.name IS DISTINCT FROM b.name OR a.email IS DISTINCT FROM b.email;
    RETURN NULL;
END $$;

CREATE TRIGGER subscribers_terms_insert AFTER INSERT ON subscribers REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_terms_inserted();
CREATE TRIGGER subscribers_terms_update AFTER UPDATE ON subscribers
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_terms_updated();

INSERT INTO subscriber_terms (kind, term, id)
    SELECT DISTINCT 0, word, s.id FROM subscribers s, unnest(tsvector_to_array(to_tsvector('newsdesk', s.name))) word
    UNION ALL
    SELECT 1, lower(s.email), s.id FROM subscribers s;

-- Ids, counts and the terms are kept by triggers that write tables a seat may not write itself (the
-- sequences' positions, status_counts, subscriber_terms): they run as the owner.
DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['newsdesk_assign_id()', 'newsdesk_follow_ids()', 'newsdesk_count_inserted()',
                                'newsdesk_count_deleted()', 'newsdesk_count_updated()',
                                'newsdesk_terms_inserted()', 'newsdesk_terms_updated()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path FROM CURRENT', name);
    END LOOP;
END $$;

-- A moderator reading a comment sees whether its address is subscribed to the newsletter now, and nothing more of
-- the subscriber list: this one question, answered as the owner.
CREATE FUNCTION newsdesk_is_subscribed(address TEXT) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT
    AS $$ SELECT EXISTS (SELECT 1 FROM subscribers WHERE lower(email) = lower(address) AND status = 'subscribed') $$;
REVOKE ALL ON FUNCTION newsdesk_is_subscribed(TEXT) FROM PUBLIC;

-- Rows: who sees and changes which. Policies apply to the groups' members only (the owner bypasses them); a
-- seat reaches a table at all only through the grants below.
ALTER TABLE articles ENABLE ROW LEVEL SECURITY;
CREATE POLICY articles_read ON articles FOR SELECT USING (true);
CREATE POLICY articles_editors ON articles FOR ALL USING (newsdesk_is('editor')) WITH CHECK (newsdesk_is('editor'));
CREATE POLICY articles_writers ON articles FOR ALL
    USING (newsdesk_is('writer') AND newsdesk_own(created_by) AND status = 'draft')
    WITH CHECK (newsdesk_is('writer') AND newsdesk_own(created_by) AND status IN ('draft', 'in_review'));
-- Comments imported from a site bring the posts they belong to, as stubs.
CREATE POLICY articles_stubs ON articles FOR INSERT WITH CHECK (newsdesk_is('moderator') AND stub_of <> '');

DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['article_tags', 'article_revisions', 'article_trash'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (true)', name || '_read', name);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (newsdesk_is(''editor'')) WITH CHECK'
                       ' (newsdesk_is(''editor''))', name || '_editors', name);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (newsdesk_writes(article_id)) WITH CHECK'
                       ' (newsdesk_writes(article_id))', name || '_writers', name);
    END LOOP;
END $$;
-- Stubs of imported comments may carry their post's tags.
CREATE POLICY article_tags_stubs ON article_tags FOR INSERT WITH CHECK (newsdesk_is('moderator'));

-- Who is editing what: everyone sees it; each writes their own row.
ALTER TABLE article_edits ENABLE ROW LEVEL SECURITY;
CREATE POLICY article_edits_read ON article_edits FOR SELECT USING (true);
CREATE POLICY article_edits_own ON article_edits FOR ALL USING (newsdesk_own(editor)) WITH CHECK (newsdesk_own(editor));
CREATE POLICY article_edits_editors ON article_edits FOR ALL USING (newsdesk_is('editor'))
    WITH CHECK (newsdesk_is('editor'));

-- The audit trail: each seat appends as itself (or as Newsdesk's own housekeeping) and reads its own entries;
-- moderators read the history of comments; Admins read everything. No one but an Admin changes an entry.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_own ON audit_log FOR SELECT USING (newsdesk_own(actor));
CREATE POLICY audit_log_comments ON audit_log FOR SELECT
    USING (record_type = 'comment' AND (newsdesk_is('moderator') OR newsdesk_is('editor')));
CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (newsdesk_own(actor) OR actor = 'newsdesk');
CREATE POLICY audit_log_admins ON audit_log FOR ALL USING (newsdesk_is('admin')) WITH CHECK (newsdesk_is('admin'));

-- Settings: everyone reads them but the key that makes erased addresses unrecognisable, which only those who
-- manage subscribers use; Editors and Admins change them, Moderators the moderation rules' own.
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY settings_read ON settings FOR SELECT USING (key <> 'privacy.email_key');
CREATE POLICY settings_editors ON settings FOR ALL USING (newsdesk_is('editor')) WITH CHECK (newsdesk_is('editor'));
CREATE POLICY settings_moderators ON settings FOR ALL USING (newsdesk_is('moderator') AND key LIKE 'comments.%')
    WITH CHECK (newsdesk_is('moderator') AND key LIKE 'comments.%');

-- Makes (or adopts) this newsroom's four groups, grants each what its role may do, and gives every staff account
-- that has a login its membership. Run by the owner: at this migration, after a restore and after a copy onto
-- the server (the grants of a dump are not restored: they name the groups of the newsroom it came from). Needs
-- CREATEROLE when a group is missing.
DO $do$
BEGIN
    EXECUTE format($f$
CREATE FUNCTION newsdesk_prepare_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    newsroom_role TEXT;
    group_role TEXT;
    a TEXT;
    e TEXT;
    w TEXT;
    m TEXT;
    everyone TEXT;
    account_name TEXT;
BEGIN
    FOREACH newsroom_role IN ARRAY ARRAY['admin', 'editor', 'writer', 'moderator'] LOOP
        group_role := left(current_database(), 48) || '_' || newsroom_role;
        IF NOT EXISTS (SELECT 1 FROM %1$I.newsdesk_roles r WHERE r.role = newsroom_role
                                                              AND r.group_name = group_role) THEN
            -- New to this newsroom: a role of that name that can sign in or has members is someone else's.
            IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = group_role AND (g.rolcanlogin
                       OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members x WHERE x.roleid = g.oid))) THEN
                RAISE EXCEPTION USING ERRCODE = 'ND001', MESSAGE = group_role;
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles g WHERE g.rolname = group_role) THEN
                EXECUTE format('CREATE ROLE %%I NOLOGIN', group_role);
            END IF;
            INSERT INTO %1$I.newsdesk_roles AS r (role, group_name) VALUES (newsroom_role, group_role)
                ON CONFLICT (role) DO UPDATE SET group_name = excluded.group_name;
        END IF;
    END LOOP;
    SELECT r.group_name INTO a FROM %1$I.newsdesk_roles r WHERE r.role = 'admin';
    SELECT r.group_name INTO e FROM %1$I.newsdesk_roles r WHERE r.role = 'editor';
    SELECT r.group_name INTO w FROM %1$I.newsdesk_roles r WHERE r.role = 'writer';
    SELECT r.group_name INTO m FROM %1$I.newsdesk_roles r WHERE r.role = 'moderator';
    everyone := format('%%I, %%I, %%I, %%I', a, e, w, m);

    -- Only the newsroom's groups connect (and none may make temporary tables).
    EXECUTE format('REVOKE ALL ON DATABASE %%I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %%I TO %%s', current_database(), everyone);
    EXECUTE format('GRANT USAGE ON SCHEMA %%I TO %%s', '%1$s', everyone);
    -- lastval() after an insert reads the sequence.
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %%I TO %%s', '%1$s', everyone);

    -- Admins: everything.
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %%I TO %%I', '%1$s', a);

    -- Every role reads the articles and what goes with them, the counts, the writing aids and the names of staff
    -- (not their password hashes); appends to the audit trail; counts the comments of an article.
    EXECUTE format('GRANT SELECT ON newsdesk_schema, newsdesk_roles, status_counts, articles, tags, article_tags,'
                   ' article_revisions, article_edits, article_corrections, article_pending, article_trash,'
                   ' settings, writing_dictionary, writing_ignored_rules, style_rules TO %%s', everyone);
    EXECUTE format('GRANT SELECT (id, username, display_name, role, active, created_at, updated_at) ON staff'
                   ' TO %%s', everyone);
    EXECUTE format('GRANT SELECT, INSERT ON audit_log TO %%s', everyone);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON article_edits TO %%s', everyone);
    EXECUTE format('GRANT SELECT (id, article_id, status) ON comments TO %%I', w);

    -- Writers and Editors write articles (Writers only their own drafts: the policies above).
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON articles, article_tags, article_revisions, article_trash'
                   ' TO %%I, %%I', e, w);
    EXECUTE format('GRANT INSERT ON tags, writing_dictionary TO %%I, %%I', e, w);

    -- Editors: the review desk, the settings and the writing aids, comments and subscribers.
    EXECUTE format('GRANT UPDATE, DELETE ON tags TO %%I', e);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON article_corrections, article_pending, settings,'
                   ' writing_dictionary, writing_ignored_rules, style_rules TO %%I', e);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON subscribers, labels, subscriber_labels,'
                   ' suppressed_emails, blocked_subscriber_domains TO %%I', e);
    EXECUTE format('GRANT SELECT ON subscriber_terms TO %%I', e);

    -- Moderators and Editors: the comments, their edits and the rules that sort them; stubs of posts.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON comments, comment_edits, comment_rules TO %%I, %%I',
                   e, m);
    EXECUTE format('GRANT INSERT ON articles, article_tags, tags TO %%I', m);
    EXECUTE format('GRANT INSERT, UPDATE ON settings TO %%I', m);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %%I.newsdesk_is_subscribed(TEXT) TO %%I, %%I', '%1$s', e, m);

    FOR account_name IN SELECT s.username FROM %1$I.staff s LOOP
        PERFORM %1$I.newsdesk_sync_login(account_name);
    END LOOP;
END $$ $f$, current_schema());

    -- One staff account's login: a member of its role's group while the account is active (an Admin of every
    -- group, with the right to grant them and to create logins), of none once it is deactivated. Accounts
    -- without a login of their name are left alone (newsdesk staff reset-password creates one).
    EXECUTE format($f$
CREATE FUNCTION newsdesk_sync_login(staff_username TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    account RECORD;
    login RECORD;
    g RECORD;
    wanted BOOLEAN;
BEGIN
    SELECT s.username, s.role, s.active INTO account FROM %1$I.staff s
     WHERE pg_catalog.lower(s.username) = pg_catalog.lower(staff_username);
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT r.oid, r.rolsuper INTO login FROM pg_catalog.pg_roles r WHERE r.rolname = account.username;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    FOR g IN SELECT r.role, r.group_name, x.oid FROM %1$I.newsdesk_roles r
               JOIN pg_catalog.pg_roles x ON x.rolname = r.group_name LOOP
        wanted := account.active = 1 AND (g.role = account.role OR account.role = 'admin');
        IF wanted THEN
            EXECUTE format('GRANT %%I TO %%I%%s', g.group_name, account.username,
                           CASE WHEN account.role = 'admin' THEN ' WITH ADMIN OPTION' ELSE '' END);
        ELSIF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members x WHERE x.roleid = g.oid AND x.member = login.oid) THEN
            EXECUTE format('REVOKE %%I FROM %%I', g.group_name, account.username);
        END IF;
    END LOOP;
    IF NOT login.rolsuper THEN
        EXECUTE format('ALTER ROLE %%I %%s', account.username,
                       CASE WHEN account.role = 'admin' AND account.active = 1 THEN 'CREATEROLE' ELSE 'NOCREATEROLE' END);
    END IF;
END $$ $f$, current_schema());
END $do$;

REVOKE ALL ON FUNCTION newsdesk_prepare_roles() FROM PUBLIC;

SELECT newsdesk_prepare_roles();
