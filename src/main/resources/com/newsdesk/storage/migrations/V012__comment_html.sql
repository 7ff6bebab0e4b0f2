-- Whether a comment's body is HTML as its site stored it (WordPress keeps comments as HTML: allowed tags,
-- entities, <br />), so that it is shown with its links and emphasis, never as source text. Comments written here
-- or imported as text are 0. Comments imported from WordPress before this migration were stored as received: those
-- that hold a tag or an entity are taken as HTML (a plain text that only looks so reads the same either way).
ALTER TABLE comments ADD COLUMN body_html INTEGER NOT NULL DEFAULT 0 CHECK (body_html IN (0, 1));
UPDATE comments SET body_html = 1
 WHERE body GLOB '*<[A-Za-z/]*>*' OR body GLOB '*&[#A-Za-z]*;*';
