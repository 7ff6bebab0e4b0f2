package com.newsdesk.storage;

import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.document.DocumentCodec;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.Consumer;

/** Kept versions of articles. */
public final class RevisionRepository {
    private static final String SELECT =
            "SELECT id, article_id, headline, body, author, note, created_at FROM article_revisions";

    private final Transaction tx;
    private final DocumentCodec codec;
    private final RowMapper<ArticleRevision> mapper;

    RevisionRepository(Transaction tx, DocumentCodec codec) {
        this.tx = tx;
        this.codec = codec;
        this.mapper = row -> new ArticleRevision(row.getLong("id"), row.getLong("article_id"),
                row.getString("headline"), codec.fromJson(row.getString("body")), row.getString("author"),
                row.getString("note"), Sql.instant(row, "created_at"));
    }

    public long insert(ArticleRevision revision) {
        return Transaction.run(() -> {
            PreparedStatement insert = tx.prepare("""
                    INSERT INTO article_revisions (id, article_id, headline, body, author, note, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """);
            Queries.bindId(insert, 1, revision.id());
            insert.setLong(2, revision.articleId());
            insert.setString(3, revision.headline());
            insert.setString(4, codec.toJson(revision.body()));
            insert.setString(5, revision.author());
            insert.setString(6, revision.note());
            Sql.setInstant(insert, 7, revision.createdAt());
            insert.executeUpdate();
            return Queries.insertedId(tx, revision.id());
        });
    }

    public boolean exists(long id) {
        return Queries.count(tx, "SELECT count(*) FROM article_revisions WHERE id = ?",
                statement -> statement.setLong(1, id)) > 0;
    }

    public List<ArticleRevision> forArticle(long articleId) {
        return Queries.list(tx, SELECT + " WHERE article_id = ? ORDER BY id DESC",
                statement -> statement.setLong(1, articleId), mapper);
    }

    public void forEach(Consumer<? super ArticleRevision> consumer) {
        Queries.forEach(tx, SELECT + " ORDER BY id", mapper, consumer);
    }

    public long count() {
        return Queries.count(tx, "SELECT count(*) FROM article_revisions", Queries.NONE);
    }
}
