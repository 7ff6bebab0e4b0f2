package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.SearchText;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, findings 12 and 14: bounded searches, and no raw driver text or trace ever reaches the user. */
class SearchAndErrorsCliTest {
    @TempDir Path dir;
    Path db;

    @BeforeEach
    void newsroom() {
        db = dir.resolve("n.db");
        assertEquals(0, CliRun.run(Map.of(), "demo", "--db", db.toString(), "--articles", "40", "--comments", "400",
                "--subscribers", "20").code());
    }

    @Test
    void aSearchOfAWordRepeatedThousandsOfTimesAnswersAtOnce() {
        String repeated = "the ".repeat(30_000);
        long started = System.nanoTime();
        CliRun.Result result = CliRun.run(Map.of(), "articles", "--db", db.toString(), "--search", repeated);
        assertEquals(0, result.code(), result.err());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "it took "
                + Duration.ofNanos(System.nanoTime() - started));
    }

    @Test
    void aLongSearchIsCutAndTheUserIsTold() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            many.append("word").append(i).append(' ');
        }
        CliRun.Result result = CliRun.run(Map.of(), "articles", "--db", db.toString(), "--search", many.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.err().contains("The search was cut to its first 64 different words"), result.err());
        SearchText.Bounded bounded = SearchText.bound(many.toString());
        assertEquals(64, bounded.text().split(" ").length);
        assertTrue(bounded.cut());
    }

    @Test
    void aNulByteOrQuerySyntaxIsJustText() {
        for (String typed : new String[] {"council\u0000tram", "\"unterminated", "NEAR(a b", "a OR b AND", "*"}) {
            CliRun.Result result = CliRun.run(Map.of(), "articles", "--db", db.toString(), "--search", typed);
            assertEquals(0, result.code(), typed + ": " + result.err());
        }
    }

    @Test
    void aCommentSearchOfAThousandWordsIsBoundedNotAnSqliteError() {
        try (Database open = TestNewsrooms.open(db)) {
            String thousand = String.join(" ", java.util.Collections.nCopies(1_500, "x")) + " "
                    + "y ".repeat(0) + String.join(" ", java.util.stream.IntStream.range(0, 1_500)
                            .mapToObj(i -> "w" + i).toList());
            CommentFilter filter = new CommentFilter(CommentStatus.PENDING, null, null, null, null, thousand);
            assertEquals(64, filter.text().split(" ").length);
            var newsroom = new com.newsdesk.service.NewsroomService(open);
            newsroom.commentCount(TestNewsrooms.OWNER, filter); // no "Expression tree is too large"
            newsroom.commentPage(TestNewsrooms.OWNER, filter, 0, 50);
        }
    }

    @Test
    void anUnforeseenFailureIsOneLineNamingTheLogWhichHoldsTheTrace() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(dir.resolve("trap.json"), "{\"format\":\"newsdesk\",\"version\":1}");
        // A newsroom file whose schema lost a table it needs: SQLite's own complaint is not the user's business.
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var statement = connection.createStatement()) {
            statement.execute("DROP TABLE comment_rules");
        }
        CliRun.Result result = CliRun.run(Map.of("XDG_DATA_HOME", data.toString()), "comment-rules", "list", "--db",
                db.toString());
        assertEquals(1, result.code(), result.toString());
        String line = result.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertFalse(line.matches("(?s).*(SQLITE_|no such table|Exception:|\\bat com\\.).*"), line);
        Path log = data.resolve("newsdesk").resolve("logs").resolve("newsdesk.log");
        assertTrue(line.endsWith("The details are in " + log + "."), line);
        String logged = Files.readString(log);
        assertTrue(logged.contains("no such table: comment_rules"), logged);
        assertTrue(logged.contains("\tat "), "the whole trace is in the log: " + logged);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(log)));
    }
}
