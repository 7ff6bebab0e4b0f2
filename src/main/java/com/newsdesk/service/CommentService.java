package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.storage.Database;
import java.time.Clock;

/** Moderation decisions on reader comments: saved at once, each one audited with its before and after. */
public final class CommentService {
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public CommentService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** Streams comments for the site with safe HTML; moderating permission needed; the export is audited. */
    public long exportForSite(Actor actor, CommentStatus status, String articleSlug, java.io.OutputStream out) {
        actor.require(Permission.MODERATE_COMMENTS);
        long written = database.read(tx -> {
            if (articleSlug != null && tx.articles().idOfSlug(articleSlug).isEmpty()) {
                throw new InvalidInputException("--article", "no article with the slug \"" + articleSlug + "\"");
            }
            com.newsdesk.io.SiteCommentsWriter writer = new com.newsdesk.io.SiteCommentsWriter(out);
            long[] count = {0};
            tx.comments().forEachWithSlug(status, articleSlug, (comment, slug) -> {
                writer.comment(comment, slug);
                count[0]++;
            });
            writer.finish();
            return count[0];
        });
        database.write(tx -> {
            audit.record(tx, actor, "export.comments", null, null, written + " comments"
                    + (status == null ? "" : ", " + status.code()) + (articleSlug == null ? "" : ", " + articleSlug));
            return null;
        });
        return written;
    }

    public long exportForSiteToFile(Actor actor, CommentStatus status, String articleSlug, java.nio.file.Path file) {
        return AtomicFiles.write(file, out -> exportForSite(actor, status, articleSlug, out));
    }

    /**
     * Moves a comment from the status the moderator saw to a new one. When someone else decided meanwhile, nothing
     * changes and the refusal says what the comment is now.
     */
    public Comment decide(Actor actor, long id, CommentStatus seen, CommentStatus to) {
        actor.require(Permission.MODERATE_COMMENTS);
        return database.write(tx -> {
            Comment current = tx.comments().find(id)
                    .orElseThrow(() -> new InvalidInputException("comment", "no comment " + id));
            if (current.status() == to) {
                return current;
            }
            if (!tx.comments().decide(id, seen, to, actor.username(), Timestamps.now(clock))) {
                throw new RefusedException("Comment " + id + " is already " + current.status().code()
                        + " (someone decided meanwhile); nothing was changed.");
            }
            audit.record(tx, actor, "comment.decide", "comment", id, seen.code() + " → " + to.code());
            return tx.comments().find(id).orElseThrow();
        });
    }
}
