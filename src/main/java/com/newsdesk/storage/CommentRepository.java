package com.newsdesk.storage;

import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reader comments. */
public final class CommentRepository {
    private static final String COLUMNS = "c.id, c.article_id, c.parent_id, c.author_name, c.author_email, c.body, "
            + "c.status, c.reason, c.submitted_at, c.decided_by, c.decided_at";
    private static final RowMapper<Comment> MAPPER = row -> new Comment(
            row.getLong("id"), row.getLong("article_id"), Sql.nullableLong(row, "parent_id"),
            row.getString("author_name"), row.getString("author_email"), row.getString("body"),
            CommentStatus.fromCode(row.getString("status")), row.getString("reason"),
            Sql.instant(row, "submitted_at"), row.getString("decided_by"), Sql.instant(row, "decided_at"));

    private final Transaction tx;

    CommentRepository(Transaction tx) {
        this.tx = tx;
    }

    public long insert(Comment comment) {
        return Transaction.run(() -> {
            PreparedStatement insert = tx.prepare("""
                    INSERT INTO comments (id, article_id, parent_id, author_name, author_email, body, status, reason,
                                          submitted_at, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """);
            Queries.bindId(insert, 1, comment.id());
            insert.setLong(2, comment.articleId());
            Sql.setNullableLong(insert, 3, comment.parentId());
            insert.setString(4, comment.authorName());
            insert.setString(5, comment.authorEmail());
            insert.setString(6, comment.body());
            insert.setString(7, comment.status().code());
            insert.setString(8, comment.reason());
            Sql.setInstant(insert, 9, comment.submittedAt());
            insert.setString(10, comment.decidedBy());
            Sql.setInstant(insert, 11, comment.decidedAt());
            insert.executeUpdate();
            return Queries.insertedId(tx, comment.id());
        });
    }

    public java.util.Optional<Comment> find(long id) {
        return Queries.first(tx, "SELECT " + COLUMNS + " FROM comments c WHERE c.id = ?",
                statement -> statement.setLong(1, id), MAPPER);
    }

    /** Records a decision when the comment is still at {@code expectedStatus}; false when someone decided first. */
    public boolean decide(long id, CommentStatus expectedStatus, CommentStatus status, String decidedBy,
            java.time.Instant decidedAt) {
        return Queries.execute(tx, "UPDATE comments SET status = ?, decided_by = ?, decided_at = ?, version = version + 1"
                + " WHERE id = ? AND status = ?", status.code(), decidedBy, decidedAt, id, expectedStatus.code()) == 1;
    }

    public boolean exists(long id) {
        return Queries.count(tx, "SELECT count(*) FROM comments WHERE id = ?", statement -> statement.setLong(1, id)) > 0;
    }

    /** Comments with their article's slug, in queue order, optionally of one status and one article. */
    public void forEachWithSlug(CommentStatus status, String articleSlug,
            java.util.function.BiConsumer<Comment, String> consumer) {
        List<String> conditions = new java.util.ArrayList<>();
        List<Object> values = new java.util.ArrayList<>();
        if (status != null) {
            conditions.add("c.status = ?");
            values.add(status.code());
        }
        if (articleSlug != null) {
            conditions.add("a.slug = ?");
            values.add(articleSlug);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Queries.forEach(tx, "SELECT " + COLUMNS + ", a.slug FROM comments c JOIN articles a ON a.id = c.article_id"
                + where + " ORDER BY c.submitted_at, c.id", statement -> {
                    for (int i = 0; i < values.size(); i++) {
                        statement.setObject(i + 1, values.get(i));
                    }
                }, row -> java.util.Map.entry(MAPPER.map(row), row.getString("slug")),
                entry -> consumer.accept(entry.getKey(), entry.getValue()));
    }

    public void forEach(Consumer<? super Comment> consumer) {
        Queries.forEach(tx, "SELECT " + COLUMNS + " FROM comments c ORDER BY c.id", MAPPER, consumer);
    }

    /** A page of one queue (or of all comments when status is null), oldest first. */
    public List<CommentSummary> page(CommentStatus status, int offset, int limit) {
        String where = status == null ? "" : " WHERE c.status = ?";
        return Queries.list(tx, "SELECT " + COLUMNS + ", a.headline FROM comments c JOIN articles a ON a.id = c.article_id"
                + where + " ORDER BY c.submitted_at, c.id LIMIT ? OFFSET ?", statement -> {
                    int index = 1;
                    if (status != null) {
                        statement.setString(index++, status.code());
                    }
                    statement.setInt(index++, limit);
                    statement.setInt(index, offset);
                }, row -> new CommentSummary(MAPPER.map(row), row.getString("headline")));
    }

    /**
     * Keyset paging in queue order (submitted_at, id): the rows just after (or, going back, just before) a known row,
     * as fast at the millionth row as at the first.
     */
    public List<CommentSummary> pageAfter(CommentStatus status, java.time.Instant submittedAt, long id, int limit) {
        return keyset(status, "(c.submitted_at, c.id) > (?, ?)", "c.submitted_at, c.id", submittedAt, id, limit);
    }

    public List<CommentSummary> pageBefore(CommentStatus status, java.time.Instant submittedAt, long id, int limit) {
        List<CommentSummary> reversed = keyset(status, "(c.submitted_at, c.id) < (?, ?)",
                "c.submitted_at DESC, c.id DESC", submittedAt, id, limit);
        List<CommentSummary> inOrder = new java.util.ArrayList<>(reversed);
        java.util.Collections.reverse(inOrder);
        return inOrder;
    }

    private List<CommentSummary> keyset(CommentStatus status, String condition, String order,
            java.time.Instant submittedAt, long id, int limit) {
        String where = (status == null ? " WHERE " : " WHERE c.status = ? AND ") + condition;
        return Queries.list(tx, "SELECT " + COLUMNS + ", a.headline FROM comments c JOIN articles a ON a.id = c.article_id"
                + where + " ORDER BY " + order + " LIMIT ?", statement -> {
                    int index = 1;
                    if (status != null) {
                        statement.setString(index++, status.code());
                    }
                    Sql.setInstant(statement, index++, submittedAt); // a row value: one index seek, portable SQL
                    statement.setLong(index++, id);
                    statement.setInt(index, limit);
                }, row -> new CommentSummary(MAPPER.map(row), row.getString("headline")));
    }

    public long count(CommentStatus status) {
        Map<CommentStatus, Long> counts = countByStatus();
        return status == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(status);
    }

    public Map<CommentStatus, Long> countByStatus() {
        return Queries.keptCounts(tx, "comments", CommentStatus.class, CommentStatus::fromCode);
    }
}
