package com.newsdesk.storage;

import com.newsdesk.domain.Correction;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.Consumer;

/** Dated corrections on published articles. */
public final class CorrectionRepository {
    private static final String SELECT = "SELECT id, article_id, at, author, note FROM article_corrections";
    private static final RowMapper<Correction> MAPPER = row -> new Correction(row.getLong("id"),
            row.getLong("article_id"), Sql.instant(row, "at"), row.getString("author"), row.getString("note"));

    private final Transaction tx;

    CorrectionRepository(Transaction tx) {
        this.tx = tx;
    }

    public long insert(Correction correction) {
        return Transaction.run(() -> {
            PreparedStatement insert = tx.prepare(
                    "INSERT INTO article_corrections (id, article_id, at, author, note) VALUES (?, ?, ?, ?, ?)");
            Queries.bindId(insert, 1, correction.id());
            insert.setLong(2, correction.articleId());
            Sql.setInstant(insert, 3, correction.at());
            insert.setString(4, correction.author());
            insert.setString(5, correction.note());
            insert.executeUpdate();
            return Queries.insertedId(tx, correction.id());
        });
    }

    public boolean exists(long id) {
        return Queries.count(tx, "SELECT count(*) FROM article_corrections WHERE id = ?",
                statement -> statement.setLong(1, id)) > 0;
    }

    /** The article's corrections, oldest first. */
    public List<Correction> forArticle(long articleId) {
        return Queries.list(tx, SELECT + " WHERE article_id = ? ORDER BY id", statement -> statement.setLong(1, articleId),
                MAPPER);
    }

    public void forEach(Consumer<? super Correction> consumer) {
        Queries.forEach(tx, SELECT + " ORDER BY id", MAPPER, consumer);
    }

    public long count() {
        return Queries.count(tx, "SELECT count(*) FROM article_corrections", Queries.NONE);
    }
}
