package com.newsdesk.storage;

import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentEdit;
import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reader comments. */
public final class CommentRepository {
    private static final String COLUMNS = "c.id, c.article_id, c.parent_id, c.author_name, c.author_email, c.body, "
            + "c.status, c.reason, c.submitted_at, c.decided_by, c.decided_at, c.author_ip, c.body_html";
    /** Reads {@link #COLUMNS} by position (a queue page maps hundreds of rows; names cost a lookup each). */
    private static final RowMapper<Comment> MAPPER = row -> new Comment(
            row.getLong(1), row.getLong(2), Sql.nullableLong(row, 3), row.getString(4), row.getString(5),
            row.getString(6), CommentStatus.fromCode(row.getString(7)), row.getString(8), Sql.instant(row, 9),
            row.getString(10), Sql.instant(row, 11), row.getString(12), row.getInt(13) == 1);
    /** {@link #COLUMNS} followed by the article's headline. */
    private static final RowMapper<CommentSummary> SUMMARY = row -> new CommentSummary(MAPPER.map(row),
            row.getString(14));
    private static final String FROM_WITH_HEADLINE = ", a.headline FROM comments c JOIN articles a ON a.id = c.article_id";

    private final Transaction tx;

    CommentRepository(Transaction tx) {
        this.tx = tx;
    }

    private static final String INSERT_COLUMNS = "INSERT INTO comments (id, article_id, parent_id, author_name,"
            + " author_email, body, status, reason, submitted_at, decided_by, decided_at, author_ip, body_html) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Comments per multi-row INSERT (an import): one statement, and on a server one round trip, for fifty. */
    public static final int BATCH = 50;
    private static final String MULTI_INSERT = INSERT_COLUMNS + String.join(", ", java.util.Collections.nCopies(BATCH,
            ROW));

    public long insert(Comment comment) {
        return Transaction.run(() -> {
            PreparedStatement insert = tx.prepare(INSERT_COLUMNS + ROW);
            bind(insert, 0, comment);
            insert.executeUpdate();
            return Queries.insertedId(tx, comment.id());
        });
    }

    /**
     * Inserts {@link #BATCH} comments that carry their ids in one statement: all of them, or, when one breaks a rule
     * (an id already there), none, with the violation thrown.
     */
    public void insertAll(List<Comment> batch) {
        if (batch.size() != BATCH || batch.stream().anyMatch(comment -> comment.id() <= 0)) {
            throw new IllegalArgumentException("a batch holds " + BATCH + " comments with their ids");
        }
        Transaction.run(() -> {
            PreparedStatement insert = tx.prepare(MULTI_INSERT);
            for (int i = 0; i < BATCH; i++) {
                bind(insert, i * 13, batch.get(i));
            }
            insert.executeUpdate();
            return null;
        });
    }

    /**
     * {@link #insertAll}, tried: true when the batch went in whole; false when one row broke a rule, with nothing of
     * the batch written and the transaction still usable, for the caller to write the rows one by one and say which.
     */
    public boolean tryInsertAll(List<Comment> batch) {
        return tx.succeeds(() -> insertAll(batch));
    }

    /** Binds one comment's thirteen columns after {@code offset} parameters. */
    private static void bind(PreparedStatement insert, int offset, Comment comment) throws java.sql.SQLException {
        Queries.bindId(insert, offset + 1, comment.id());
        insert.setLong(offset + 2, comment.articleId());
        Sql.setNullableLong(insert, offset + 3, comment.parentId());
        insert.setString(offset + 4, comment.authorName());
        insert.setString(offset + 5, comment.authorEmail());
        insert.setString(offset + 6, comment.body());
        insert.setString(offset + 7, comment.status().code());
        insert.setString(offset + 8, comment.reason());
        Sql.setInstant(insert, offset + 9, comment.submittedAt());
        insert.setString(offset + 10, comment.decidedBy());
        Sql.setInstant(insert, offset + 11, comment.decidedAt());
        insert.setString(offset + 12, comment.authorIp());
        insert.setInt(offset + 13, comment.bodyIsHtml() ? 1 : 0);
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
                }, row -> java.util.Map.entry(MAPPER.map(row), row.getString(14)),
                entry -> consumer.accept(entry.getKey(), entry.getValue()));
    }

    /** How many comments an article has (whoever may read articles may know that much, not what they say). */
    public long countOfArticle(long articleId) {
        return Queries.count(tx, "SELECT count(*) FROM comments WHERE article_id = ?",
                statement -> statement.setLong(1, articleId));
    }

    /** One article's comments, oldest first. */
    public List<Comment> ofArticle(long articleId) {
        return Queries.list(tx, "SELECT " + COLUMNS + " FROM comments c WHERE c.article_id = ? ORDER BY c.submitted_at,"
                + " c.id", statement -> statement.setLong(1, articleId), MAPPER);
    }

    /** The replies to one comment, oldest first. */
    public List<Comment> replies(long parentId) {
        return Queries.list(tx, "SELECT " + COLUMNS + " FROM comments c WHERE c.parent_id = ? ORDER BY c.submitted_at,"
                + " c.id", statement -> statement.setLong(1, parentId), MAPPER);
    }

    public void forEach(Consumer<? super Comment> consumer) {
        Queries.forEach(tx, "SELECT " + COLUMNS + " FROM comments c ORDER BY c.id", MAPPER, consumer);
    }

    /** As above, of the ids after {@code after} up to {@code upTo}. */
    public void forEach(long after, long upTo, Consumer<? super Comment> consumer) {
        Queries.forEach(tx, "SELECT " + COLUMNS + " FROM comments c WHERE c.id > ? AND c.id <= ? ORDER BY c.id",
                statement -> {
                    statement.setLong(1, after);
                    statement.setLong(2, upTo);
                }, MAPPER, consumer);
    }

    // --- The export's records, written by SQLite (a newsroom file only) ---------------------------------------

    public boolean canWriteJsonRecords() {
        return tx.dialect() == Dialect.SQLITE;
    }

    /** The last id of the {@code rows} comments after {@code after}, or empty when none follows. */
    public java.util.OptionalLong chunkEnd(long after, int rows) {
        return Queries.chunkEnd(tx, "comments", after, rows);
    }

    /**
     * The export records of the comments after {@code after} up to {@code upTo}, written by SQLite in id order and
     * joined by a line break and a comma (as {@code SubscriberRepository.jsonRecords}: times copied as stored, escapes'
     * hex digits and the order for the caller to check).
     */
    public JsonRecords jsonRecords(long after, long upTo) {
        return Queries.jsonRecords(tx, RECORD, "comments", "c", after, upTo);
    }

    private static final String RECORD = "rtrim(json_object('id', c.id, 'articleId', c.article_id,"
            + " 'parentId', c.parent_id, 'authorName', c.author_name, 'authorEmail', c.author_email), '}')"
            + " || CASE WHEN c.author_ip = '' THEN '' ELSE ',\"authorIp\":' || json_quote(c.author_ip) END"
            + " || ',\"body\":' || json_quote(c.body)"
            + " || CASE WHEN c.body_html = 1 THEN ',\"bodyFormat\":\"html\"' ELSE '' END"
            + " || ',' || ltrim(json_object('status', c.status, 'reason', c.reason, 'submittedAt', c.submitted_at,"
            + " 'decidedBy', c.decided_by, 'decidedAt', c.decided_at), '{')";

    /** A page of the filtered queue, oldest first, by offset: only for a jump far from any known row. */
    public List<CommentSummary> page(CommentFilter filter, int offset, int limit) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        values.add(limit);
        values.add(offset);
        return Queries.list(tx, "SELECT " + COLUMNS + FROM_WITH_HEADLINE + where
                + " ORDER BY c.submitted_at, c.id LIMIT ? OFFSET ?", statement -> Queries.bind(statement, values), SUMMARY);
    }

    public List<CommentSummary> page(CommentStatus status, int offset, int limit) {
        return page(CommentFilter.queue(status), offset, limit);
    }

    /**
     * Keyset paging in queue order (submitted_at, id): the rows just after (or, going back, just before) a known row,
     * as fast at the millionth row as at the first.
     */
    public List<CommentSummary> pageAfter(CommentFilter filter, java.time.Instant submittedAt, long id, int limit) {
        return keyset(filter, "(c.submitted_at, c.id) > (?, ?)", "c.submitted_at, c.id", submittedAt, id, limit);
    }


    public List<CommentSummary> pageBefore(CommentFilter filter, java.time.Instant submittedAt, long id, int limit) {
        List<CommentSummary> inOrder = new ArrayList<>(keyset(filter, "(c.submitted_at, c.id) < (?, ?)",
                "c.submitted_at DESC, c.id DESC", submittedAt, id, limit));
        java.util.Collections.reverse(inOrder);
        return inOrder;
    }


    private List<CommentSummary> keyset(CommentFilter filter, String condition, String order,
            java.time.Instant submittedAt, long id, int limit) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        where = (where.isEmpty() ? " WHERE " : where + " AND ") + condition; // a row value: one index seek, portable
        values.add(submittedAt);
        values.add(id);
        values.add(limit);
        return Queries.list(tx, "SELECT " + COLUMNS + FROM_WITH_HEADLINE + where + " ORDER BY " + order + " LIMIT ?",
                statement -> Queries.bind(statement, values), SUMMARY);
    }

    /** Rows in the filtered queue: the kept counts when only the status narrows it, else counted. */
    public long countMatching(CommentFilter filter) {
        if (filter.onlyStatus()) {
            return count(filter.status());
        }
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        return Queries.count(tx, "SELECT count(*) FROM comments c" + where, statement -> Queries.bind(statement, values));
    }

    private static String where(CommentFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("c.status = ?");
            values.add(filter.status().code());
        }
        if (filter.articleId() != null) {
            conditions.add("c.article_id = ?");
            values.add(filter.articleId());
        }
        if (filter.authorEmail() != null) {
            conditions.add("lower(c.author_email) = lower(?)");
            values.add(filter.authorEmail());
        }
        if (filter.from() != null) {
            conditions.add("c.submitted_at >= ?");
            values.add(filter.from());
        }
        if (filter.until() != null) {
            conditions.add("c.submitted_at < ?");
            values.add(filter.until());
        }
        if (filter.text() != null) { // every word, anywhere in the text or the author's name, any case
            for (String word : filter.text().split("\\s+")) {
                conditions.add("(instr(lower(c.body), lower(?)) > 0 OR instr(lower(c.author_name), lower(?)) > 0)");
                values.add(word);
                values.add(word);
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }


    /** Whether an earlier comment from this address (any case) was approved. */
    public boolean authorHasApproved(String email) {
        return !email.isBlank() && Queries.count(tx, "SELECT count(*) FROM (SELECT 1 FROM comments"
                + " WHERE lower(author_email) = lower(?) AND status = 'approved' LIMIT 1) AS approved",
                statement -> statement.setString(1, email)) > 0;
    }

    /** The comment this article already has with this text from this address (any case): an exact duplicate. */
    public java.util.Optional<Long> findDuplicate(long articleId, String email, String body) {
        return Queries.first(tx, "SELECT id FROM comments WHERE lower(author_email) = lower(?) AND article_id = ?"
                + " AND body = ? LIMIT 1", statement -> {
                    statement.setString(1, email);
                    statement.setLong(2, articleId);
                    statement.setString(3, body);
                }, row -> row.getLong(1));
    }

    /** Every comment from this address (any case), newest first, with its article's headline. */
    public List<CommentSummary> byAuthor(String email, int limit) {
        return Queries.list(tx, "SELECT " + COLUMNS + FROM_WITH_HEADLINE + " WHERE lower(c.author_email) = lower(?)"
                + " ORDER BY c.submitted_at DESC, c.id DESC LIMIT ?", statement -> {
                    statement.setString(1, email);
                    statement.setInt(2, limit);
                }, SUMMARY);
    }

    public Map<CommentStatus, Long> countByStatusOfAuthor(String email) {
        Map<CommentStatus, Long> counts = new java.util.EnumMap<>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, 0L);
        }
        Queries.list(tx, "SELECT status, count(*) FROM comments WHERE lower(author_email) = lower(?) GROUP BY status",
                statement -> statement.setString(1, email),
                row -> counts.put(CommentStatus.fromCode(row.getString(1)), row.getLong(2)));
        return counts;
    }

    /** Comments of one status from this address (any case), for acting on an author's comments at once. */
    public List<Comment> ofAuthor(String email, CommentStatus status) {
        return Queries.list(tx, "SELECT " + COLUMNS + " FROM comments c WHERE lower(c.author_email) = lower(?)"
                + " AND c.status = ? ORDER BY c.id", statement -> {
                    statement.setString(1, email);
                    statement.setString(2, status.code());
                }, MAPPER);
    }

    /** Every pending comment, oldest first, one at a time (the rules run over them again). */
    public void forEachPending(Consumer<? super Comment> consumer) {
        Queries.forEach(tx, "SELECT " + COLUMNS + " FROM comments c WHERE c.status = 'pending'"
                + " ORDER BY c.submitted_at, c.id", MAPPER, consumer);
    }

    /** Stores where the rules sorted a comment, when it is still at the status the rules saw. */
    public boolean sort(long id, CommentStatus expectedStatus, CommentStatus status, String reason) {
        return Queries.execute(tx, "UPDATE comments SET status = ?, reason = ?, version = version + 1"
                + " WHERE id = ? AND status = ?", status.code(), reason, id, expectedStatus.code()) == 1;
    }

    /** Removes an author's name, address and IP from their comments (an erasure keeps the texts, as WordPress's). */
    public int anonymizeAuthor(String email) {
        return Queries.execute(tx, "UPDATE comments SET author_name = '', author_email = '', author_ip = '',"
                + " version = version + 1 WHERE lower(author_email) = lower(?)", email);
    }

    public void setParent(long id, long parentId) {
        Queries.execute(tx, "UPDATE comments SET parent_id = ? WHERE id = ?", parentId, id);
    }

    /** Replaces a comment's text, keeping the text it had in its edit history. */
    public void edit(long id, String body, String editedBy, java.time.Instant editedAt) {
        Queries.execute(tx, "INSERT INTO comment_edits (comment_id, edited_at, edited_by, previous_body)"
                + " SELECT id, ?, ?, body FROM comments WHERE id = ?", editedAt, editedBy, id);
        // What a moderator types is text, whatever the site stored before (kept in the history as it was).
        Queries.execute(tx, "UPDATE comments SET body = ?, body_html = 0, version = version + 1 WHERE id = ?", body, id);
    }

    public List<CommentEdit> edits(long id) {
        return Queries.list(tx, "SELECT comment_id, edited_at, edited_by, previous_body FROM comment_edits"
                + " WHERE comment_id = ? ORDER BY edited_at, id", statement -> statement.setLong(1, id),
                row -> new CommentEdit(row.getLong(1), Sql.instant(row, "edited_at"), row.getString(3),
                        row.getString(4)));
    }

    /** Deletes every comment in one status for good (replies to them keep their text and lose the parent). */
    public long deleteAll(CommentStatus status) {
        return Queries.execute(tx, "DELETE FROM comments WHERE status = ?", status.code());
    }

    public long count(CommentStatus status) {
        Map<CommentStatus, Long> counts = countByStatus();
        return status == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(status);
    }

    public Map<CommentStatus, Long> countByStatus() {
        return Queries.keptCounts(tx, "comments", CommentStatus.class, CommentStatus::fromCode);
    }
}
