package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.io.NewsroomJson;
import com.newsdesk.io.NewsroomJsonWriter;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberExport;
import com.newsdesk.storage.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: on a newsroom file SQLite writes the subscribers' and comments' export records itself, on two readers at
 * once. The export must stay byte for byte what the export's own writer writes record by record: the awkward rows
 * (control characters, quotes, notes, attributes, labels whose order depends on case, HTML bodies, replies), every
 * filter, and lists longer than one chunk. On a shared newsroom the subscribers' records are built from the bytes the
 * server's binary COPY sends (issue 15): the same test holds them to the same bytes.
 */
class ExportRecordsByTheDatabaseTest {
    @TempDir Path dir;

    @Test
    void sqliteWritesTheRecordsByteForByteAsTheWriterDoes() {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            List<Subscriber> people = new ArrayList<>();
            Instant at = Instant.parse("2025-03-01T08:00:00Z");
            String[] awkward = {"Plain Name", "Quote \" and back\\slash", "Tab\there", "Bell\u0007 and \u000B and"
                    + " \u001F unit", "Émile 😀 Zoë", "line\nbreak", "\u2028separator", "del\u007F"};
            for (int i = 1; i <= 9_500; i++) {
                boolean odd = i % 2 == 1;
                people.add(new Subscriber(i * 3L, "person" + i + "@example.org", awkward[i % awkward.length],
                        SubscriberStatus.values()[i % SubscriberStatus.values().length],
                        switch (i % 5) {
                            case 0 -> List.of();
                            case 1 -> List.of("zebra", "Apple");
                            case 2 -> List.of("éclair", "Banana", "apple");
                            case 3 -> List.of("Zebra");
                            default -> List.of("banana", "ÉCLAIR", "Apple", "zebra");
                        }, i % 7 == 0 ? "event: \"forum\"" : "website", odd ? at : null,
                        odd ? null : at.plusMillis(i), at.plusSeconds(i), at.plusNanos(i * 1_000L), 1,
                        i == 5_000 ? "a note" : i == 7_000 ? "long ".repeat(40_000) : "",
                        i == 9_000 ? "{\"plan\": \"gold\"}" : ""));
            }
            db.write(tx -> {
                people.forEach(tx.subscribers()::insert);
                return null;
            });
            SubscriberDesk desk = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            Actor owner = TestNewsrooms.OWNER;
            for (SubscriberFilter filter : List.of(SubscriberFilter.ALL,
                    new SubscriberFilter(SubscriberStatus.UNSUBSCRIBED, null, null, null, null, null),
                    new SubscriberFilter(null, "APPLE", null, null, null, null),
                    new SubscriberFilter(SubscriberStatus.SUBSCRIBED, "zebra", null, null, null, null),
                    new SubscriberFilter(null, null, "website", "person12", null, null),
                    new SubscriberFilter(null, null, null, "émile", null, null),
                    new SubscriberFilter(null, "Banana", null, null, at.plusSeconds(2_000), at.plusSeconds(7_000)),
                    new SubscriberFilter(SubscriberStatus.BOUNCED, "no such label", null, null, null, null))) {
                ByteArrayOutputStream written = new ByteArrayOutputStream();
                desk.exports().export(owner, SubscriberExport.Format.JSON, filter,
                        SubscriberExport.CommaLabels.REFUSE, written, TaskMonitor.NONE);
                assertEquals(byTheWriter(db, filter), written.toString(StandardCharsets.UTF_8), filter.toString());
            }
            String all = byTheWriter(db, SubscriberFilter.ALL);
            assertTrue(all.contains("\"name\":\"Bell\\u0007 and \\u000B and \\u001F unit\""), "escapes as Jackson's");
            assertTrue(all.contains("\"labels\":[\"Apple\",\"Banana\",\"éclair\"]"), "labels by name, ignoring case");
            assertTrue(all.contains("\"name\":\"Émile 😀 Zoë\""), "emoji as UTF-8");
            assertTrue(all.contains("\"note\":\"a note\"") && all.contains("\"attributes\":{\"plan\": \"gold\"}"),
                    "a chunk with a note or attributes goes through the writer");
        }
    }

    @Test
    void sqliteWritesTheCommentsOfTheWholeExportAsTheWriterDoes() {
        try (Database db = TestNewsrooms.sample(dir.resolve("c.db"), 3, 9_000, 10)) {
            db.write(tx -> {
                long[] first = {0};
                tx.articles().forEach(each -> first[0] = first[0] == 0 ? each.id() : first[0]);
                long article = first[0];
                Instant at = Instant.parse("2025-03-01T08:00:00.120Z");
                tx.comments().insert(new com.newsdesk.domain.Comment(0, article, null, "Bell\u0007 \u001F",
                        "a@example.org", "<p>Hello <em>you</em> &amp; \"them\"</p>", com.newsdesk.domain.CommentStatus.APPROVED,
                        null, at, "nadia", at.plusSeconds(60), "192.0.2.7", true));
                long parent = tx.comments().insert(new com.newsdesk.domain.Comment(0, article, null, "", "",
                        "Emoji 😀 and\nlines\tand \\ back", com.newsdesk.domain.CommentStatus.PENDING, "held: link",
                        at, null, null, "", false));
                tx.comments().insert(new com.newsdesk.domain.Comment(0, article, parent, "Reply", "r@example.org",
                        "a reply", com.newsdesk.domain.CommentStatus.SPAM, "", at, null, null));
                return null;
            });
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            new TransferService(db, TestNewsrooms.CLOCK).export(TestNewsrooms.OWNER, whole, ExportScope.ALL,
                    TaskMonitor.NONE);
            String written = whole.toString(StandardCharsets.UTF_8);
            String comments = written.substring(written.indexOf(",\"comments\":["),
                    written.indexOf("\n]", written.indexOf(",\"comments\":[")));
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (NewsroomJsonWriter writer = new NewsroomJsonWriter(expected, TestNewsrooms.CLOCK.instant())) {
                writer.startSection(NewsroomJson.COMMENTS);
                db.read(tx -> {
                    tx.comments().forEach(writer::comment);
                    return null;
                });
                writer.endSection();
                writer.finish();
            }
            String byTheWriter = expected.toString(StandardCharsets.UTF_8);
            assertEquals(byTheWriter.substring(byTheWriter.indexOf(",\"comments\":["), byTheWriter.indexOf("\n]")),
                    comments);
            assertTrue(comments.contains("\"authorName\":\"Bell\\u0007 \\u001F\""), comments.length() + " chars");
            assertTrue(comments.contains("\"authorIp\":\"192.0.2.7\",\"body\":\"<p>Hello <em>you</em> &amp;"
                    + " \\\"them\\\"</p>\",\"bodyFormat\":\"html\""));
        }
    }

    @Test
    void sqliteWritesTheArticlesAndRevisionsOfTheWholeExportAsTheWriterDoes() throws Exception {
        Path file = dir.resolve("a.db");
        try (Database db = TestNewsrooms.sample(file, 300, 0, 0)) { // more than one chunk of articles
            Instant at = Instant.parse("2025-03-01T08:00:00.120Z");
            com.newsdesk.domain.document.Document body = com.newsdesk.domain.document.Document.of(
                    new com.newsdesk.domain.document.Block(com.newsdesk.domain.document.BlockType.PARAGRAPH,
                            List.of(com.newsdesk.domain.document.Run.plain("Quote \" and back\\slash, 😀 "),
                                    com.newsdesk.domain.document.Run.of("bold \u2028 é",
                                            com.newsdesk.domain.document.Mark.BOLD,
                                            com.newsdesk.domain.document.Mark.ITALIC),
                                    com.newsdesk.domain.document.Run.link("a link", "https://example.org/?a=1&b=\"2\""))),
                    new com.newsdesk.domain.document.Block(com.newsdesk.domain.document.BlockType.QUOTE,
                            List.of(com.newsdesk.domain.document.Run.plain("مرحبا بالعالم"))));
            db.write(tx -> {
                long id = tx.articles().insert(new com.newsdesk.domain.Article(0, "awkward", "Tab\there \"quoted\"",
                        "Dek \u0007 bell", "Émile Zoë", "Wörld", List.of("Zebra", "apple 😀", "\"quoted\""), "fr",
                        com.newsdesk.domain.ArticleStatus.SCHEDULED, body, at, at.plusSeconds(5), null,
                        at.plusSeconds(86_400), 4, "nadia", new com.newsdesk.domain.ArticleExtras("An excerpt \\",
                        "SEO \"title\"", "", "images/a b.jpg", "Alt \"text\"", "Caption 😀",
                        at.plusSeconds(3_600))));
                tx.articles().insert(new com.newsdesk.domain.Article(0, "stub", "A post that only carries comments",
                        "", "", "", List.of(), "en", com.newsdesk.domain.ArticleStatus.PUBLISHED,
                        com.newsdesk.domain.document.Document.of(), at, at, at, null, 1, "",
                        new com.newsdesk.domain.ArticleExtras("", "", "", "", "", "", null, "wordpress:1")));
                tx.revisions().insert(new com.newsdesk.domain.ArticleRevision(0, id, "Tab\there", body, "nadia",
                        "note \"one\"\nline two", at));
                return null;
            });
            String written = wholeExport(db);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (NewsroomJsonWriter writer = new NewsroomJsonWriter(expected, TestNewsrooms.CLOCK.instant())) {
                db.read(tx -> {
                    writer.startSection(NewsroomJson.ARTICLES);
                    tx.articles().forEach(writer::article);
                    writer.endSection();
                    writer.startSection(NewsroomJson.REVISIONS);
                    tx.revisions().forEach(writer::revision);
                    writer.endSection();
                    return null;
                });
                writer.finish();
            }
            String byTheWriter = expected.toString(StandardCharsets.UTF_8);
            String sections = byTheWriter.substring(byTheWriter.indexOf(",\"articles\":["),
                    byTheWriter.lastIndexOf("\n]") + 2);
            assertTrue(written.contains(sections), "articles and revisions as the writer writes them");
            assertTrue(sections.contains("\"tags\":[\"Zebra\",\"apple 😀\",\"\\\"quoted\\\"\"]"),
                    "tags in their order");
            assertTrue(sections.contains("\"featuredImage\":{\"file\":\"images/a b.jpg\",\"alt\":\"Alt"
                    + " \\\"text\\\"\",\"caption\":\"Caption 😀\"}"), "the image");
            assertTrue(sections.contains("\"embargoAt\":null,\"stubOf\":\"wordpress:1\"}"), "a stub says so");
            assertTrue(sections.contains("\"note\":\"note \\\"one\\\"\\nline two\""), "the revision's note");
        }
        if (TestServer.active()) {
            return; // a shared newsroom's articles go through the writer; below, a file edited by hand
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.execute("UPDATE articles SET body = '{\"version\":1,\"blocks\":[{\"type\":\"paragraph\"'"
                    + " WHERE slug = 'awkward'");
        }
        try (Database db = TestNewsrooms.open(file)) {
            long damaged = db.read(tx -> tx.articles().idOfSlug("awkward")).orElseThrow();
            com.newsdesk.storage.StorageException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    com.newsdesk.storage.StorageException.class, () -> wholeExport(db));
            assertEquals("The body of article " + damaged + " in the newsroom is damaged (not valid JSON: it ends too"
                    + " early). Restore the newsroom from a backup ('newsdesk restore').", refused.getMessage());
        }
    }

    private static String wholeExport(Database db) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new TransferService(db, TestNewsrooms.CLOCK).export(TestNewsrooms.OWNER, whole, ExportScope.ALL,
                TaskMonitor.NONE);
        return whole.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCancelledExportStopsReadingAndTheNewsroomReadsOn() {
        try (Database db = TestNewsrooms.open(dir.resolve("x.db"))) {
            Instant at = Instant.parse("2025-03-01T08:00:00Z");
            db.write(tx -> {
                for (int i = 1; i <= 9_000; i++) { // past two chunks
                    tx.subscribers().insert(new Subscriber(i, "reader" + i + "@example.org", "Reader " + i,
                            SubscriberStatus.SUBSCRIBED, i % 3 == 0 ? List.of("Sport") : List.of(), "website", at,
                            null, at, at));
                }
                return null;
            });
            SubscriberDesk desk = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            long[] heard = {0};
            TaskMonitor cancelling = new TaskMonitor() {
                @Override
                public void progress(long done, long total, String message) {
                    heard[0] = done;
                }

                @Override
                public boolean isCancelled() {
                    return heard[0] > 0; // after the first chunk
                }
            };
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            org.junit.jupiter.api.Assertions.assertThrows(CancelledException.class, () -> desk.exports().export(
                    TestNewsrooms.OWNER, SubscriberExport.Format.JSON, SubscriberFilter.ALL,
                    SubscriberExport.CommaLabels.REFUSE, written, cancelling));
            assertTrue(heard[0] < 9_000, "stopped before the end: " + heard[0]);
            assertEquals(9_000L, (long) db.read(tx -> tx.subscribers().count()), "the newsroom reads on after the cancel");
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            desk.exports().export(TestNewsrooms.OWNER, SubscriberExport.Format.JSON, SubscriberFilter.ALL,
                    SubscriberExport.CommaLabels.REFUSE, again, TaskMonitor.NONE);
            assertEquals(byTheWriter(db, SubscriberFilter.ALL), again.toString(StandardCharsets.UTF_8));
        }
    }

    /** The export as the writer writes it, one subscriber at a time, from the same newsroom. */
    private static String byTheWriter(Database db, SubscriberFilter filter) {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (NewsroomJsonWriter writer = new NewsroomJsonWriter(expected, TestNewsrooms.CLOCK.instant())) {
            writer.startSection(NewsroomJson.SUBSCRIBERS);
            db.read(tx -> {
                tx.subscribers().forEach(filter, writer::subscriber);
                return null;
            });
            writer.endSection();
            writer.finish();
        }
        return expected.toString(StandardCharsets.UTF_8);
    }
}
