package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.document.Block;
import com.newsdesk.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberList;

/**
 * Two processes on one newsroom (a file; in the server run, one database that two seats share), both editing the same article, subscriber and comment 250 times each (1,500
 * conflicting edits): versions refuse every stale write, the writers retry, and no edit is lost; no "database is
 * locked" escapes.
 */
class TwoProcessTest {
    private static final int EDITS = 250;
    @TempDir Path dir;

    @Test
    void twoProcessesEditingTheSameRecordsLoseNoEdit() throws Exception {
        Path file = dir.resolve("shared.db");
        long articleId;
        long subscriberId;
        long commentId;
        try (Database db = TestNewsrooms.sample(file, 1, 1, 0)) {
            commentId = db.read(tx -> {
                long[] first = {0};
                tx.comments().forEach(comment -> first[0] = comment.id());
                return first[0];
            });
            articleId = new ArticleService(db, TestNewsrooms.CLOCK).create(AutosaveChild.WRITER, "Shared").id();
            subscriberId = new SubscriberList(db, TestNewsrooms.CLOCK)
                    .add(TestNewsrooms.OWNER, "shared@example.org", "", List.of(), "test").id();
        }
        long initialA;
        long initialB;
        try (Database db = TestNewsrooms.open(file)) {
            String body = db.read(tx -> tx.comments().find(commentId)).orElseThrow().body();
            initialA = body.chars().filter(c -> c == 'a').count();
            initialB = body.chars().filter(c -> c == 'b').count();
        }
        Process first = child(file, "a", articleId, subscriberId, commentId);
        Process second = child(file, "b", articleId, subscriberId, commentId);
        String firstSaid = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String secondSaid = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, first.waitFor(), firstSaid);
        assertEquals(0, second.waitFor(), secondSaid);

        try (Database db = TestNewsrooms.open(file)) {
            Article article = db.read(tx -> tx.articles().find(articleId)).orElseThrow();
            Set<String> paragraphs = article.body().blocks().stream().map(Block::text).collect(Collectors.toSet());
            for (String marker : List.of("a", "b")) {
                for (int i = 0; i < EDITS; i++) {
                    assertTrue(paragraphs.contains(marker + " " + i), "lost: paragraph " + marker + " " + i);
                }
            }
            Subscriber subscriber = db.read(tx -> tx.subscribers().find(subscriberId)).orElseThrow();
            for (String marker : List.of("a", "b")) {
                for (int i = 0; i < EDITS; i++) {
                    assertTrue(subscriber.labels().contains(marker + " " + i), "lost: label " + marker + " " + i);
                }
            }
            String comment = db.read(tx -> tx.comments().find(commentId)).orElseThrow().body();
            assertEquals(EDITS, comment.chars().filter(c -> c == 'a').count() - initialA, comment);
            assertEquals(EDITS, comment.chars().filter(c -> c == 'b').count() - initialB, comment);
            assertEquals(List.of("ok"), db.read(tx -> tx.integrityCheck()));
        }
        System.out.println("Two processes on " + (TestServer.active() ? "a shared newsroom" : "a newsroom file")
                + ", " + 6 * EDITS + " edits of one article, one subscriber and one comment:"
                + " none lost; "
                + conflicts(firstSaid) + " and " + conflicts(secondSaid) + " stale writes refused and retried");
    }

    private static String conflicts(String printed) {
        return printed.lines().filter(line -> line.startsWith("conflicts ")).map(line -> line.substring(10))
                .findFirst().orElseThrow(() -> new AssertionError("no count of conflicts in: " + printed));
    }

    private static Process child(Path file, String marker, long articleId, long subscriberId, long commentId)
            throws Exception {
        String newsroom = TestServer.active() ? TestServer.address(file).url() : file.toString();
        return ChildJvm.of(TwoProcessChild.class.getName(), newsroom, marker, Integer.toString(EDITS),
                Long.toString(articleId), Long.toString(subscriberId), Long.toString(commentId)).start();
    }
}
