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
                row.getString("headline"), ArticleRepository.stored(codec, row.getString("body"), "revision "
                        + row.getLong("id") + " of article " + row.getLong("article_id")), row.getString("author"),
                row.getString("note"), Sql.instant(row, "created_at"));
    }

    private static final String INSERT = "INSERT INTO article_revisions (id, article_id, headline, body, author, note,"
            + " created_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";
    /** Revisions per multi-row INSERT (an import). */
    public static final int BATCH = 50;
    private static final String MULTI_INSERT = INSERT + String.join(", ", java.util.Collections.nCopies(BATCH, ROW));

    public long insert(ArticleRevision revision) {
        return Transaction.run(() -> {
            PreparedStatement insert = tx.prepare(INSERT + ROW);
            bind(insert, 0, revision);
            insert.executeUpdate();
            return Queries.insertedId(tx, revision.id());
        });
    }

    /**
     * Inserts {@link #BATCH} revisions that carry their ids in one statement: all, or, when one breaks a rule, none,
     * with the transaction still usable (on a server in a savepoint); false then, for the caller to go one by one.
     */
    public boolean tryInsertAll(List<ArticleRevision> batch) {
        if (batch.size() != BATCH || batch.stream().anyMatch(revision -> revision.id() <= 0)) {
            throw new IllegalArgumentException("a batch holds " + BATCH + " revisions with their ids");
        }
        return tx.succeeds(() -> Transaction.run(() -> {
            PreparedStatement insert = tx.prepare(MULTI_INSERT);
            for (int i = 0; i < BATCH; i++) {
                bind(insert, i * 7, batch.get(i));
            }
            return insert.executeUpdate();
        }));
    }

    private void bind(PreparedStatement insert, int offset, ArticleRevision revision) throws java.sql.SQLException {
        Queries.bindId(insert, offset + 1, revision.id());
        insert.setLong(offset + 2, revision.articleId());
        insert.setString(offset + 3, revision.headline());
        insert.setString(offset + 4, codec.toJson(revision.body()));
        insert.setString(offset + 5, revision.author());
        insert.setString(offset + 6, revision.note());
        Sql.setInstant(insert, offset + 7, revision.createdAt());
    }

    public boolean exists(long id) {
        return Queries.count(tx, "SELECT count(*) FROM article_revisions WHERE id = ?",
                statement -> statement.setLong(1, id)) > 0;
    }

    public List<ArticleRevision> forArticle(long articleId) {
        return Queries.list(tx, SELECT + " WHERE article_id = ? ORDER BY id DESC",
                statement -> statement.setLong(1, articleId), mapper);
    }

    /** The last id of the {@code rows} revisions after {@code after}, or empty when none follows. */
    public java.util.OptionalLong chunkEnd(long after, int rows) {
        return Queries.chunkEnd(tx, "article_revisions", after, rows);
    }

    /** The export records of the revisions after {@code after} up to {@code upTo}, as the articles' are written. */
    public JsonRecords jsonRecords(long after, long upTo) {
        return Queries.jsonRecords(tx, RECORD, "article_revisions", "r", after, upTo);
    }

    private static final String RECORD = "CASE WHEN " + ArticleRepository.storedDocument("r.body") + " THEN"
            + " rtrim(json_object('id', r.id, 'articleId', r.article_id, 'headline', r.headline), '}')"
            + " || ',\"body\":' || r.body || ','"
            + " || ltrim(json_object('author', r.author, 'note', r.note, 'createdAt', r.created_at), '{') END";

    /** Streams the revisions between two ids (after, up to), in id order. */
    public void forEach(long after, long upTo, Consumer<? super ArticleRevision> consumer) {
        Queries.forEach(tx, SELECT + " WHERE id > ? AND id <= ? ORDER BY id", statement -> {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
        }, mapper, consumer);
    }

    public void forEach(Consumer<? super ArticleRevision> consumer) {
        Queries.forEach(tx, SELECT + " ORDER BY id", mapper, consumer);
    }

    public long count() {
        return Queries.count(tx, "SELECT count(*) FROM article_revisions", Queries.NONE);
    }
}
