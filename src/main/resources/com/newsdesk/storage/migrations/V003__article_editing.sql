-- Who created an article (a Writer may edit only their own drafts), and open editing sessions: a session that was
-- never closed (a crash, a kill) is how Newsdesk knows to say "recovered" when the article is opened again.
ALTER TABLE articles ADD COLUMN created_by TEXT NOT NULL DEFAULT '';

CREATE TABLE article_edits (
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    editor         TEXT    NOT NULL,
    started_at     TEXT    NOT NULL,
    last_saved_at  TEXT,
    PRIMARY KEY (article_id, editor)
);
