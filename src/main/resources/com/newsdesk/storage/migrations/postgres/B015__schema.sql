-- Newsdesk schema 15 on PostgreSQL: the SQLite schema after migrations 1–15, in one script (a shared newsroom starts
-- at 15; later migrations come in pairs, one per engine). Kept as the SQLite file keeps it, so both engines answer
-- alike: times are ISO-8601 UTC text, flags 0/1, text compared byte by byte (COLLATE "C", as SQLite's BINARY; lower()
-- folds ASCII letters only, as SQLite's). Extensions: unaccent for accent-blind search (trusted since PostgreSQL 13,
-- so a database owner may create it).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE newsdesk_schema (
    application TEXT    NOT NULL CHECK (application = 'newsdesk'),
    version     INTEGER NOT NULL
);
INSERT INTO newsdesk_schema (application, version) VALUES ('newsdesk', 15);

-- Ids as SQLite gives them: a row inserted without one gets the next; a row imported with one keeps it, and later
-- ids continue after it (moved once per statement, from the statement's new rows, not once per row).
CREATE FUNCTION newsdesk_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval((TG_TABLE_NAME || '_id_seq')::regclass);
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION newsdesk_follow_ids() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sequence_name regclass := (TG_TABLE_NAME || '_id_seq')::regclass;
    highest BIGINT;
BEGIN
    SELECT max(id) INTO highest FROM inserted;
    IF highest > coalesce(pg_sequence_last_value(sequence_name), 0) THEN
        PERFORM setval(sequence_name, highest);
    END IF;
    RETURN NULL;
END $$;

-- SQLite's instr(), which the repositories' substring searches use.
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT strpos(haystack, needle)';

-- Words as SQLite's unicode61 tokenizer with remove_diacritics takes them: no stemming, accents ignored.
CREATE TEXT SEARCH CONFIGURATION newsdesk (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION newsdesk ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE TABLE staff (
    id                     BIGINT  PRIMARY KEY,
    username               TEXT COLLATE "C" NOT NULL,
    display_name           TEXT COLLATE "C" NOT NULL DEFAULT '',
    role                   TEXT COLLATE "C" NOT NULL CHECK (role IN ('admin', 'editor', 'writer', 'moderator')),
    password_hash          TEXT COLLATE "C" NOT NULL,
    active                 BIGINT  NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at             TEXT COLLATE "C" NOT NULL,
    updated_at             TEXT COLLATE "C" NOT NULL,
    failed_sign_ins        BIGINT  NOT NULL DEFAULT 0,
    last_failed_sign_in_at TEXT COLLATE "C"
);
CREATE UNIQUE INDEX staff_username ON staff (lower(username));

CREATE TABLE audit_log (
    id          BIGINT PRIMARY KEY,
    at          TEXT COLLATE "C" NOT NULL,
    actor       TEXT COLLATE "C" NOT NULL,
    action      TEXT COLLATE "C" NOT NULL,
    record_type TEXT COLLATE "C",
    record_id   BIGINT,
    detail      TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id, at);

CREATE TABLE articles (
    id               BIGINT PRIMARY KEY,
    slug             TEXT COLLATE "C" NOT NULL UNIQUE,
    headline         TEXT COLLATE "C" NOT NULL,
    dek              TEXT COLLATE "C" NOT NULL DEFAULT '',
    byline           TEXT COLLATE "C" NOT NULL DEFAULT '',
    section          TEXT COLLATE "C" NOT NULL DEFAULT '',
    language         TEXT COLLATE "C" NOT NULL DEFAULT 'en',
    status           TEXT COLLATE "C" NOT NULL CHECK (status IN ('draft', 'in_review', 'scheduled', 'published', 'archived')),
    body             TEXT COLLATE "C" NOT NULL,
    body_text        TEXT COLLATE "C" NOT NULL,
    created_at       TEXT COLLATE "C" NOT NULL,
    updated_at       TEXT COLLATE "C" NOT NULL,
    published_at     TEXT COLLATE "C",
    scheduled_at     TEXT COLLATE "C",
    version          BIGINT NOT NULL DEFAULT 1,
    created_by       TEXT COLLATE "C" NOT NULL DEFAULT '',
    excerpt          TEXT COLLATE "C" NOT NULL DEFAULT '',
    seo_title        TEXT COLLATE "C" NOT NULL DEFAULT '',
    meta_description TEXT COLLATE "C" NOT NULL DEFAULT '',
    image_file       TEXT COLLATE "C" NOT NULL DEFAULT '',
    image_alt        TEXT COLLATE "C" NOT NULL DEFAULT '',
    image_caption    TEXT COLLATE "C" NOT NULL DEFAULT '',
    embargo_at       TEXT COLLATE "C",
    stub_of          TEXT COLLATE "C" NOT NULL DEFAULT '',
    -- Full-text search over headline, dek and body text (SQLite: the articles_fts table).
    search           tsvector GENERATED ALWAYS AS (
                         to_tsvector('newsdesk', headline || ' ' || dek || ' ' || body_text)) STORED
);
CREATE INDEX articles_status_updated ON articles (status, updated_at);
CREATE INDEX articles_updated ON articles (updated_at);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_stub ON articles (stub_of) WHERE stub_of <> '';
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE tags (
    id   BIGINT PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX tags_name ON tags (lower(name));

CREATE TABLE article_tags (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    tag_id     BIGINT NOT NULL REFERENCES tags (id) DEFERRABLE,
    position   BIGINT NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id);

CREATE TABLE article_revisions (
    id         BIGINT PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    headline   TEXT COLLATE "C" NOT NULL,
    body       TEXT COLLATE "C" NOT NULL,
    author     TEXT COLLATE "C" NOT NULL DEFAULT '',
    note       TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX article_revisions_article ON article_revisions (article_id, id);

CREATE TABLE article_edits (
    article_id    BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    editor        TEXT COLLATE "C" NOT NULL,
    started_at    TEXT COLLATE "C" NOT NULL,
    last_saved_at TEXT COLLATE "C",
    PRIMARY KEY (article_id, editor)
);

CREATE TABLE article_corrections (
    id         BIGINT PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    at         TEXT COLLATE "C" NOT NULL,
    author     TEXT COLLATE "C" NOT NULL DEFAULT '',
    note       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX article_corrections_article ON article_corrections (article_id, id);

CREATE TABLE article_pending (
    article_id       BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
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
    saved_at         TEXT COLLATE "C" NOT NULL
);

CREATE TABLE article_trash (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    deleted_at TEXT COLLATE "C" NOT NULL,
    deleted_by TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX article_trash_deleted ON article_trash (deleted_at);

CREATE TABLE comments (
    id           BIGINT PRIMARY KEY,
    article_id   BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE,
    parent_id    BIGINT REFERENCES comments (id) ON DELETE SET NULL DEFERRABLE,
    author_name  TEXT COLLATE "C" NOT NULL DEFAULT '',
    author_email TEXT COLLATE "C" NOT NULL DEFAULT '',
    body         TEXT COLLATE "C" NOT NULL,
    status       TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    reason       TEXT COLLATE "C",
    submitted_at TEXT COLLATE "C" NOT NULL,
    decided_by   TEXT COLLATE "C",
    decided_at   TEXT COLLATE "C",
    version      BIGINT NOT NULL DEFAULT 1,
    author_ip    TEXT COLLATE "C" NOT NULL DEFAULT '',
    body_html    BIGINT NOT NULL DEFAULT 0 CHECK (body_html IN (0, 1))
);
CREATE INDEX comments_queue ON comments (status, submitted_at, id);
CREATE INDEX comments_article ON comments (article_id, submitted_at);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_author ON comments (lower(author_email));
CREATE INDEX comments_time ON comments (submitted_at, id);

CREATE TABLE comment_edits (
    id            BIGINT PRIMARY KEY,
    comment_id    BIGINT NOT NULL REFERENCES comments (id) ON DELETE CASCADE DEFERRABLE,
    edited_at     TEXT COLLATE "C" NOT NULL,
    edited_by     TEXT COLLATE "C" NOT NULL,
    previous_body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX comment_edits_comment ON comment_edits (comment_id, edited_at);

CREATE TABLE comment_rules (
    kind  TEXT COLLATE "C" NOT NULL CHECK (kind IN ('blocked_word', 'blocked_email', 'blocked_domain', 'blocked_ip',
                                                    'suspect_word')),
    value TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (kind, value)
);

CREATE TABLE settings (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE subscribers (
    id              BIGINT PRIMARY KEY,
    email           TEXT COLLATE "C" NOT NULL,
    name            TEXT COLLATE "C" NOT NULL DEFAULT '',
    status          TEXT COLLATE "C" NOT NULL CHECK (status IN ('subscribed', 'unsubscribed', 'bounced', 'blocklisted')),
    source          TEXT COLLATE "C" NOT NULL DEFAULT '',
    subscribed_at   TEXT COLLATE "C",
    unsubscribed_at TEXT COLLATE "C",
    created_at      TEXT COLLATE "C" NOT NULL,
    updated_at      TEXT COLLATE "C" NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    note            TEXT COLLATE "C" NOT NULL DEFAULT '',
    attributes      TEXT COLLATE "C" NOT NULL DEFAULT ''
);
-- With the id inside, an address-prefix search reads the index alone (SQLite's rowid is in every index already).
CREATE UNIQUE INDEX subscribers_email ON subscribers (lower(email)) INCLUDE (id);
CREATE INDEX subscribers_status ON subscribers (status, id);
CREATE INDEX subscribers_source ON subscribers (source, id);
CREATE INDEX subscribers_created ON subscribers (created_at, id);
-- Names by words or their starts, accents ignored (SQLite: the subscribers_search table). A narrow table of its own,
-- kept by triggers: a search reads the ids of thousands of matches from a few pages instead of from the wide rows.
CREATE TABLE subscriber_name_words (
    id    BIGINT PRIMARY KEY REFERENCES subscribers (id) ON DELETE CASCADE DEFERRABLE,
    words tsvector NOT NULL
);
CREATE INDEX subscriber_name_words_words ON subscriber_name_words USING gin (words);

CREATE FUNCTION newsdesk_name_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO subscriber_name_words (id, words) SELECT id, to_tsvector('newsdesk', name) FROM inserted;
    RETURN NULL;
END $$;

CREATE FUNCTION newsdesk_name_words_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE subscriber_name_words w SET words = to_tsvector('newsdesk', a.name)
      FROM after_rows a JOIN before_rows b ON b.id = a.id
     WHERE w.id = a.id AND a.name IS DISTINCT FROM b.name;
    RETURN NULL;
END $$;

CREATE TRIGGER subscribers_name_words_insert AFTER INSERT ON subscribers REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_name_words_inserted();
CREATE TRIGGER subscribers_name_words_update AFTER UPDATE ON subscribers
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_name_words_updated();

CREATE TABLE labels (
    id   BIGINT PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX labels_name ON labels (lower(name));

CREATE TABLE subscriber_labels (
    subscriber_id BIGINT NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE DEFERRABLE,
    label_id      BIGINT NOT NULL REFERENCES labels (id) ON DELETE CASCADE DEFERRABLE,
    PRIMARY KEY (subscriber_id, label_id)
);
CREATE INDEX subscriber_labels_label ON subscriber_labels (label_id);

CREATE TABLE suppressed_emails (
    email_hash TEXT COLLATE "C" PRIMARY KEY,
    erased_at  TEXT COLLATE "C" NOT NULL
);

CREATE TABLE blocked_subscriber_domains (
    domain TEXT COLLATE "C" PRIMARY KEY
);

CREATE TABLE writing_dictionary (
    word     TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    added_by TEXT COLLATE "C" NOT NULL,
    added_at TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX writing_dictionary_word ON writing_dictionary (lower(word));

CREATE TABLE writing_ignored_rules (
    rule     TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    added_by TEXT COLLATE "C" NOT NULL,
    added_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE style_rules (
    id     BIGINT PRIMARY KEY,
    avoid  TEXT COLLATE "C" NOT NULL,
    prefer TEXT COLLATE "C" NOT NULL,
    note   TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX style_rules_avoid ON style_rules (lower(avoid));

DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['staff', 'audit_log', 'articles', 'tags', 'article_revisions', 'article_corrections',
                                'comments', 'comment_edits', 'subscribers', 'labels', 'style_rules'] LOOP
        EXECUTE format('CREATE SEQUENCE %I', name || '_id_seq');
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION newsdesk_assign_id()',
                       name || '_assign_id', name);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION newsdesk_follow_ids()', name || '_follow_ids', name);
    END LOOP;
END $$;

-- Rows per status of the big tables, kept by triggers: queue counts and the status bar read a few rows.
CREATE TABLE status_counts (
    table_name TEXT COLLATE "C" NOT NULL,
    status     TEXT COLLATE "C" NOT NULL,
    n          BIGINT NOT NULL,
    PRIMARY KEY (table_name, status)
);

-- One change of the counts a statement (a batch of 1,000 imported rows is one), not one a row: a count row updated
-- a million times in one transaction would drag a chain of a million row versions behind it.
CREATE FUNCTION newsdesk_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO status_counts (table_name, status, n)
        SELECT TG_TABLE_NAME, status, count(*) FROM inserted GROUP BY status
        ON CONFLICT (table_name, status) DO UPDATE SET n = status_counts.n + excluded.n;
    RETURN NULL;
END $$;

CREATE FUNCTION newsdesk_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE status_counts c SET n = c.n - d.n
      FROM (SELECT status, count(*) AS n FROM deleted GROUP BY status) d
     WHERE c.table_name = TG_TABLE_NAME AND c.status = d.status;
    RETURN NULL;
END $$;

CREATE FUNCTION newsdesk_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO status_counts (table_name, status, n)
        SELECT TG_TABLE_NAME, status, sum(n) FROM (
            SELECT o.status, -count(*) AS n FROM before_rows o JOIN after_rows a ON a.id = o.id
             WHERE o.status <> a.status GROUP BY o.status
            UNION ALL
            SELECT a.status, count(*) FROM before_rows o JOIN after_rows a ON a.id = o.id
             WHERE o.status <> a.status GROUP BY a.status) AS moves
        GROUP BY status
        ON CONFLICT (table_name, status) DO UPDATE SET n = status_counts.n + excluded.n;
    RETURN NULL;
END $$;

DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['comments', 'subscribers'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION newsdesk_count_inserted()', name || '_count_insert', name);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION newsdesk_count_deleted()', name || '_count_delete', name);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS before_rows'
                       ' NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_count_updated()',
                       name || '_count_update', name);
    END LOOP;
END $$;

-- Live desks: every committed change to what the desks list is announced to the other seats (LISTEN
-- newsdesk_changes), as "TABLE SEAT", SEAT being the application name the writing seat connected with; a seat
-- ignores its own. One notice a statement (and the server folds equal ones within a transaction).
CREATE FUNCTION newsdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_changes', TG_TABLE_NAME || ' ' || current_setting('application_name'));
    RETURN NULL;
END $$;
DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['articles', 'article_pending', 'article_trash', 'comments', 'subscribers',
                                'subscriber_labels', 'staff'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION newsdesk_notify_change()', name || '_notify', name);
    END LOOP;
END $$;
