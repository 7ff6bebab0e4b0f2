package com.newsdesk.storage;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.offline.AppliedReturn;
import com.newsdesk.domain.offline.Checkout;
import com.newsdesk.domain.offline.OfflineCopy;
import com.newsdesk.domain.offline.TakenArticle;
import com.newsdesk.domain.offline.TakenComment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Offline work's bookkeeping, on both sides: in the newsroom a copy is taken from, the takings, the articles taken
 * and the changes a return applied; in the file that holds a copy, where it came from and what maps to what.
 */
public final class OfflineRepository {
    private static final String TAKEN = "SELECT local_id, source_id, source_version, source_status, local_version,"
            + " taken FROM offline_articles";
    private static final RowMapper<TakenArticle> TAKEN_ARTICLE = row -> new TakenArticle(row.getLong(1),
            row.getLong(2), row.getLong(3), com.newsdesk.domain.ArticleStatus.fromCode(row.getString(4)),
            row.getLong(5), row.getInt(6) == 1);

    private final Transaction tx;

    OfflineRepository(Transaction tx) {
        this.tx = tx;
    }

    // At the source.

    /** Records a taking once (a second taking into the same copy adds articles to it). */
    public void recordTaking(String copyId, String takenBy, Instant takenAt) {
        Queries.execute(tx, "INSERT INTO offline_copies (copy_id, taken_by, taken_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (copy_id) DO NOTHING", copyId, takenBy, takenAt);
    }

    /** Who took the copy, if this newsroom knows it. */
    public Optional<String> takerOf(String copyId) {
        return Queries.first(tx, "SELECT taken_by FROM offline_copies WHERE copy_id = ?",
                statement -> statement.setString(1, copyId), row -> row.getString(1));
    }

    public void markTakingReturned(String copyId, Instant at) {
        Queries.execute(tx, "UPDATE offline_copies SET returned_at = ? WHERE copy_id = ?", at, copyId);
    }

    public void checkOut(long articleId, String copyId, String takenBy, Instant takenAt) {
        Queries.execute(tx, "INSERT INTO article_checkouts (article_id, copy_id, taken_by, taken_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (article_id, copy_id) DO NOTHING", articleId, copyId, takenBy,
                takenAt);
    }

    /** The copy's articles are back: no longer shown as taken. */
    public int releaseCheckouts(String copyId) {
        return Queries.execute(tx, "DELETE FROM article_checkouts WHERE copy_id = ?", copyId);
    }

    /** Who has the article offline, earliest first. */
    public List<Checkout> checkouts(long articleId) {
        return Queries.list(tx, "SELECT article_id, taken_by, taken_at FROM article_checkouts WHERE article_id = ?"
                + " ORDER BY taken_at, taken_by", statement -> statement.setLong(1, articleId),
                row -> new Checkout(row.getLong(1), row.getString(2), Sql.instant(row, 3)));
    }

    /** What a return already applied under this key, if it did. */
    public Optional<AppliedReturn> applied(String returnKey) {
        return Queries.first(tx, "SELECT outcome, result_id, result_version FROM offline_returns"
                + " WHERE return_key = ?", statement -> statement.setString(1, returnKey),
                row -> new AppliedReturn(row.getString(1), row.getLong(2), row.getLong(3)));
    }

    /** Records a change a return applied, in the transaction that applied it. */
    public void recordApplied(String returnKey, AppliedReturn result, Instant at) {
        Queries.execute(tx, "INSERT INTO offline_returns (return_key, outcome, result_id, result_version,"
                + " applied_at) VALUES (?, ?, ?, ?, ?)", returnKey, result.outcome(), result.resultId(),
                result.resultVersion(), at);
    }

    // In the file that holds a copy.

    public Optional<OfflineCopy> copy() {
        return Queries.first(tx, "SELECT copy_id, source, taken_by, taken_at, last_local_id, returned_at"
                + " FROM offline_copy", Queries.NONE, row -> new OfflineCopy(row.getString(1), row.getString(2),
                row.getString(3), Sql.instant(row, 4), row.getLong(5), Sql.instant(row, 6)));
    }

    public void saveCopy(OfflineCopy copy) {
        Queries.execute(tx, "INSERT INTO offline_copy (copy_id, source, taken_by, taken_at, last_local_id, returned_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (copy_id) DO UPDATE SET taken_at = excluded.taken_at,"
                + " returned_at = excluded.returned_at", copy.copyId(), copy.source(), copy.takenBy(), copy.takenAt(),
                copy.lastLocalId(), copy.returnedAt());
    }

    public List<TakenArticle> takenArticles() {
        return Queries.list(tx, TAKEN + " ORDER BY local_id", Queries.NONE, TAKEN_ARTICLE);
    }

    public Optional<TakenArticle> takenFrom(long sourceId) {
        return Queries.first(tx, TAKEN + " WHERE source_id = ?", statement -> statement.setLong(1, sourceId),
                TAKEN_ARTICLE);
    }

    /** Records (or moves on) what a local article is based on. */
    public void saveTaken(TakenArticle article) {
        Queries.execute(tx, "INSERT INTO offline_articles (local_id, source_id, source_version, source_status,"
                + " local_version, taken) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (local_id) DO UPDATE SET"
                + " source_version = excluded.source_version, source_status = excluded.source_status,"
                + " local_version = excluded.local_version, taken = excluded.taken", article.localId(),
                article.sourceId(), article.sourceVersion(), article.sourceStatus().code(), article.localVersion(),
                article.taken() ? 1 : 0);
    }

    public List<TakenComment> takenComments() {
        return Queries.list(tx, "SELECT local_id, source_id, seen_status FROM offline_comments ORDER BY local_id",
                Queries.NONE, row -> new TakenComment(row.getLong(1), row.getLong(2),
                        CommentStatus.fromCode(row.getString(3))));
    }

    public boolean commentTaken(long sourceId) {
        return Queries.count(tx, "SELECT count(*) FROM offline_comments WHERE source_id = ?",
                statement -> statement.setLong(1, sourceId)) > 0;
    }

    public Optional<Long> localCommentOf(long sourceId) {
        return Queries.first(tx, "SELECT local_id FROM offline_comments WHERE source_id = ?",
                statement -> statement.setLong(1, sourceId), row -> row.getLong(1));
    }

    /** Records a taken comment, or the status now agreed with the source after a return. */
    public void saveTaken(TakenComment comment) {
        Queries.execute(tx, "INSERT INTO offline_comments (local_id, source_id, seen_status) VALUES (?, ?, ?)"
                + " ON CONFLICT (local_id) DO UPDATE SET seen_status = excluded.seen_status", comment.localId(),
                comment.sourceId(), comment.seenStatus().code());
    }

    /** The file's highest article id (articles after it, not taken, were written offline). */
    public long highestArticleId() {
        return Queries.count(tx, "SELECT coalesce(max(id), 0) FROM articles", Queries.NONE);
    }

    /** Articles written in this file since {@code lastLocalId}, not taken and not deleted: new at the source. */
    public List<Long> writtenOffline(long lastLocalId) {
        return Queries.list(tx, "SELECT id FROM articles WHERE id > ? AND stub_of = ''"
                + " AND id NOT IN (SELECT local_id FROM offline_articles)"
                + " AND id NOT IN (SELECT article_id FROM article_trash) ORDER BY id",
                statement -> statement.setLong(1, lastLocalId), row -> row.getLong(1));
    }

    /** How many articles the copy holds taken (not those that came along with comments) and how many comments. */
    public long[] takenCounts() {
        return new long[] {
            Queries.count(tx, "SELECT count(*) FROM offline_articles WHERE taken = 1", Queries.NONE),
            Queries.count(tx, "SELECT count(*) FROM offline_comments", Queries.NONE)};
    }

    /** Comments written in this file (replies) under a taken comment: not taken themselves, new at the source. */
    public List<Long> repliesWrittenOffline() {
        return Queries.list(tx, "SELECT c.id FROM comments c JOIN offline_comments p ON p.local_id = c.parent_id"
                + " WHERE c.id NOT IN (SELECT local_id FROM offline_comments) ORDER BY c.id", Queries.NONE,
                row -> row.getLong(1));
    }
}
