-- Articles a comment import makes to hang a site's comments on ("stubs"): never published, left out of the article
-- lists unless asked for. stub_of keeps what the post was at its source ('wordpress:publish', 'wordpress:private',
-- 'wordpress:publish+password' …); '' for every real article.
ALTER TABLE articles ADD COLUMN stub_of TEXT NOT NULL DEFAULT '';

-- Earlier imports made such posts published articles. Those nobody has touched since (version 1, one revision, the
-- import's) become what they should have been: unpublished stubs.
UPDATE articles
   SET stub_of = 'wordpress:publish', status = 'draft', published_at = NULL
 WHERE version = 1
   AND status = 'published'
   AND id IN (SELECT article_id FROM article_revisions WHERE note = 'Imported from WordPress with its comments')
   AND (SELECT count(*) FROM article_revisions r WHERE r.article_id = articles.id) = 1;

CREATE INDEX articles_stub ON articles (stub_of) WHERE stub_of <> '';
