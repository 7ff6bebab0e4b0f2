package com.newsdesk.service;

import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link KillTest}: approves the pending queue 250 comments at a time, one transaction per
 * batch (Shift+A on a selection), printing "decided N" after each commit, until it is killed or the queue is empty.
 */
public final class BulkModerationChild {
    public static final int BATCH = 250;

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]), Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE);
        CommentService comments = new CommentService(db, Clock.systemUTC());
        long decided = 0;
        while (true) {
            List<Comment> batch = db.read(tx -> {
                List<Comment> pending = new ArrayList<>();
                tx.comments().forEachPending(comment -> {
                    if (pending.size() < BATCH) {
                        pending.add(comment);
                    }
                });
                return pending;
            });
            if (batch.size() < BATCH) {
                System.out.println("done " + decided);
                return;
            }
            decided += comments.decideAll(TestNewsrooms.OWNER, batch, CommentStatus.APPROVED).size();
            System.out.println("decided " + decided);
            System.out.flush();
        }
    }
}
