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
