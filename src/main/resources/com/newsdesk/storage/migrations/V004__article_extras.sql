-- What a site needs besides the text: excerpt, search-engine title and description, featured image, embargo;
-- and dated corrections on published articles.
ALTER TABLE articles ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN meta_description TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN image_file TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN image_alt TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN image_caption TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN embargo_at TEXT;

CREATE TABLE article_corrections (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    at         TEXT    NOT NULL,
    author     TEXT    NOT NULL DEFAULT '',
    note       TEXT    NOT NULL
);
CREATE INDEX article_corrections_article ON article_corrections (article_id, id);
