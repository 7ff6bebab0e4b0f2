package com.newsdesk.storage;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.site.Site;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A newsroom's WordPress sites and what links them to it: which post each article hangs on, which comment is which
 * there, and what was last seen of it. What waits to be pushed is read from the comments themselves (a status or an
 * edit that differs from what was seen), so a change can never be made without being queued.
 */
public final class SiteRepository {
    /** A linked comment whose status or text here moved since the site was last seen. */
    public record WaitingChange(long commentId, long remoteId, CommentStatus seenStatus, String seenText,
            CommentStatus status, boolean edited) {}

    /** A staff reply written here under a comment the site has, not yet sent. */
    public record UnsentReply(long commentId, long remoteParentId, long articleId) {}

    private static final String SITE = "SELECT id, name, url, username, added_by, added_at, pulled_to, last_sync_at,"
            + " last_error FROM sites";
    private static final RowMapper<Site> SITE_ROW = row -> new Site(row.getLong(1), row.getString(2),
            row.getString(3), row.getString(4), row.getString(5), Sql.instant(row, 6), row.getLong(7),
            Sql.instant(row, 8), row.getString(9));
    private static final String WAITING = "SELECT sc.comment_id, sc.remote_id, sc.seen_status, sc.seen_text,"
            + " c.status, EXISTS (SELECT 1 FROM comment_edits e WHERE e.comment_id = c.id AND e.id > sc.seen_edit)"
            + " FROM site_comments sc %s comments c ON c.id = sc.comment_id WHERE sc.site_id = ? AND (c.status <>"
            + " sc.seen_status OR EXISTS (SELECT 1 FROM comment_edits e WHERE e.comment_id = c.id"
            + " AND e.id > sc.seen_edit))";
    // The reason spelled out (a constant, not input), so the partial index comments_staff_replies applies.
    private static final String UNSENT = "FROM comments c JOIN site_comments p ON p.comment_id = c.parent_id"
            + " WHERE c.reason = '" + com.newsdesk.domain.Comment.STAFF_REPLY + "' AND NOT EXISTS (SELECT 1 FROM"
            + " site_comments s WHERE s.comment_id = c.id)";

    private final Transaction tx;

    SiteRepository(Transaction tx) {
        this.tx = tx;
    }

    /**
     * The join that reads the links first: SQLite, knowing nothing of a links table that is often empty, would
     * otherwise walk every comment (half a second on a million, each time the status bar counts what waits).
     */
    private String linkedFirst() {
        return tx.dialect() == Dialect.SQLITE ? "CROSS JOIN" : "JOIN";
    }

    public long add(String name, String url, String username, String addedBy, Instant addedAt) {
        Queries.execute(tx, "INSERT INTO sites (name, url, username, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
                name, url, username, addedBy, addedAt);
        return Queries.insertedId(tx, 0);
    }

    public Optional<Site> find(String name) {
        return Queries.first(tx, SITE + " WHERE name = ?", statement -> statement.setString(1, name), SITE_ROW);
    }

    public List<Site> all() {
        return Queries.list(tx, SITE + " ORDER BY name", Queries.NONE, SITE_ROW);
    }

    /** Forgets a site and its links (the comments and articles stay). */
    public boolean remove(long siteId) {
        Queries.execute(tx, "DELETE FROM site_comments WHERE site_id = ?", siteId);
        Queries.execute(tx, "DELETE FROM site_posts WHERE site_id = ?", siteId);
        return Queries.execute(tx, "DELETE FROM sites WHERE id = ?", siteId) == 1;
    }

    public void pulledTo(long siteId, long remoteId) {
        Queries.execute(tx, "UPDATE sites SET pulled_to = ? WHERE id = ? AND pulled_to < ?", remoteId, siteId,
                remoteId);
    }

    /** How the last sync ended: {@code error} empty when it went through. */
    public void synced(long siteId, Instant at, String error) {
        Queries.execute(tx, "UPDATE sites SET last_sync_at = ?, last_error = ? WHERE id = ?", at, error, siteId);
    }

    public Optional<Long> articleOfPost(long siteId, long remoteId) {
        return Queries.first(tx, "SELECT article_id FROM site_posts WHERE site_id = ? AND remote_id = ?",
                statement -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, remoteId);
                }, row -> row.getLong(1));
    }

    public Optional<Long> postOfArticle(long siteId, long articleId) {
        return Queries.first(tx, "SELECT remote_id FROM site_posts WHERE site_id = ? AND article_id = ?",
                statement -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, articleId);
                }, row -> row.getLong(1));
    }

    public void linkPost(long siteId, long remoteId, long articleId) {
        Queries.execute(tx, "INSERT INTO site_posts (site_id, remote_id, article_id) VALUES (?, ?, ?)"
                + " ON CONFLICT (site_id, remote_id) DO NOTHING", siteId, remoteId, articleId);
    }

    /** The site's post an article is linked to, and whether its text is the article's ({@code published}). */
    public record PostLink(long remoteId, boolean published, String seenFingerprint) {}

    public Optional<PostLink> linkOfArticle(long siteId, long articleId) {
        return Queries.first(tx, "SELECT remote_id, published, seen_fingerprint FROM site_posts WHERE site_id = ?"
                + " AND article_id = ? ORDER BY published DESC, remote_id", statement -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, articleId);
                }, row -> new PostLink(row.getLong(1), row.getInt(2) == 1, row.getString(3)));
    }

    /** The article is the post's text, as the site had it ({@code fingerprint}: its modified time and digest). */
    public void linkPublished(long siteId, long remoteId, long articleId, String fingerprint) {
        Queries.execute(tx, "INSERT INTO site_posts (site_id, remote_id, article_id, published, seen_fingerprint)"
                + " VALUES (?, ?, ?, 1, ?) ON CONFLICT (site_id, remote_id) DO UPDATE SET article_id ="
                + " excluded.article_id, published = 1, seen_fingerprint = excluded.seen_fingerprint", siteId, remoteId,
                articleId, fingerprint);
    }

    public void unlinkPost(long siteId, long remoteId) {
        Queries.execute(tx, "DELETE FROM site_posts WHERE site_id = ? AND remote_id = ?", siteId, remoteId);
    }

    public Optional<Long> commentOfRemote(long siteId, long remoteId) {
        return Queries.first(tx, "SELECT comment_id FROM site_comments WHERE site_id = ? AND remote_id = ?",
                statement -> {
                    statement.setLong(1, siteId);
                    statement.setLong(2, remoteId);
                }, row -> row.getLong(1));
    }

    public boolean isLinked(long commentId) {
        return Queries.count(tx, "SELECT count(*) FROM site_comments WHERE comment_id = ?",
                statement -> statement.setLong(1, commentId)) > 0;
    }

    /** Links a comment here to the site's, as last seen there; its edits here so far count as seen. */
    public void linkComment(long siteId, long remoteId, long commentId, CommentStatus seenStatus, String seenText) {
        Queries.execute(tx, "INSERT INTO site_comments (site_id, remote_id, comment_id, seen_status, seen_text,"
                + " seen_edit) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM comment_edits"
                + " WHERE comment_id = ?))", siteId, remoteId, commentId, seenStatus.code(), seenText, commentId);
    }

    /** What the site now has of a linked comment: its status and text digest; edits here so far count as seen. */
    public void seen(long commentId, CommentStatus status, String text) {
        Queries.execute(tx, "UPDATE site_comments SET seen_status = ?, seen_text = ?, seen_edit = (SELECT"
                + " coalesce(max(id), 0) FROM comment_edits WHERE comment_id = ?) WHERE comment_id = ?",
                status.code(), text, commentId, commentId);
    }

    public void unlinkComment(long commentId) {
        Queries.execute(tx, "DELETE FROM site_comments WHERE comment_id = ?", commentId);
    }

    public List<WaitingChange> waiting(long siteId) {
        return Queries.list(tx, String.format(WAITING, linkedFirst()) + " ORDER BY sc.comment_id",
                statement -> statement.setLong(1, siteId),
                row -> new WaitingChange(row.getLong(1), row.getLong(2), CommentStatus.fromCode(row.getString(3)),
                        row.getString(4), CommentStatus.fromCode(row.getString(5)), row.getBoolean(6)));
    }

    public List<UnsentReply> unsentReplies(long siteId) {
        return Queries.list(tx, "SELECT c.id, p.remote_id, c.article_id " + UNSENT + " AND p.site_id = ?"
                + " ORDER BY c.id", statement -> statement.setLong(1, siteId),
                row -> new UnsentReply(row.getLong(1), row.getLong(2), row.getLong(3)));
    }

    /** Changes waiting for any of the newsroom's sites: decisions, edits and replies. */
    public long waitingCount() {
        return Queries.count(tx, "SELECT (SELECT count(*) FROM site_comments sc " + linkedFirst() + " comments c ON"
                + " c.id = sc.comment_id WHERE c.status <> sc.seen_status OR EXISTS (SELECT 1 FROM comment_edits e"
                + " WHERE e.comment_id = c.id AND e.id > sc.seen_edit)) + (SELECT count(*) " + UNSENT + ")",
                Queries.NONE);
    }

    /** The site's ids of linked comments that wait for a decision here and there alike: a sync asks the site. */
    public List<Long> undecidedRemoteIds(long siteId) {
        return Queries.list(tx, "SELECT sc.remote_id FROM site_comments sc " + linkedFirst() + " comments c ON c.id ="
                + " sc.comment_id"
                + " WHERE sc.site_id = ? AND c.status = 'pending' AND sc.seen_status = 'pending'"
                + " ORDER BY sc.remote_id", statement -> statement.setLong(1, siteId), row -> row.getLong(1));
    }
}
