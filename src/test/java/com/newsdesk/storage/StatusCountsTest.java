package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.service.TestNewsrooms;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counts kept by triggers always equal counting the rows, through inserts, decisions and deletes. */
class StatusCountsTest {
    @TempDir Path dir;

    @Test
    void keptCountsEqualCountedRows() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 5, 400, 300)) {
            assertSame(db);
            db.write(tx -> Queries.execute(tx, "UPDATE comments SET status = 'spam' WHERE id % 7 = 0"));
            db.write(tx -> Queries.execute(tx, "UPDATE subscribers SET status = 'unsubscribed' WHERE id % 5 = 0"));
            db.write(tx -> Queries.execute(tx, "DELETE FROM articles WHERE id = 1")); // cascades to its comments
            db.write(tx -> Queries.execute(tx, "DELETE FROM subscribers WHERE id % 11 = 0"));
            assertSame(db);
        }
    }

    private static void assertSame(Database db) {
        Map<CommentStatus, Long> comments = new EnumMap<>(CommentStatus.class);
        Map<SubscriberStatus, Long> subscribers = new EnumMap<>(SubscriberStatus.class);
        db.read(tx -> {
            for (CommentStatus status : CommentStatus.values()) {
                comments.put(status, Queries.count(tx, "SELECT count(*) FROM comments WHERE status = ?",
                        statement -> statement.setString(1, status.code())));
            }
            for (SubscriberStatus status : SubscriberStatus.values()) {
                subscribers.put(status, Queries.count(tx, "SELECT count(*) FROM subscribers WHERE status = ?",
                        statement -> statement.setString(1, status.code())));
            }
            return null;
        });
        assertEquals(comments, db.read(tx -> tx.comments().countByStatus()));
        assertEquals(subscribers, db.read(tx -> tx.subscribers().countByStatus()));
    }
}
