-- What the mailing tools keep on a person besides name and labels: a note (Ghost's members note) and attributes
-- (listmonk's JSON object, as it wrote it), so that they survive a round trip through Newsdesk.
ALTER TABLE subscribers ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE subscribers ADD COLUMN attributes TEXT NOT NULL DEFAULT '';
