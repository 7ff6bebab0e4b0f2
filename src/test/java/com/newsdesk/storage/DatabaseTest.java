package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");
    @TempDir Path dir;

    static Database open(Path file) {
        return Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE);
    }

    static Article article(long id, String slug, String headline, String body) {
        return new Article(id, slug, headline, "", "", "", List.of("Politics", "Élections"), "fr",
                ArticleStatus.DRAFT, Document.of(Block.paragraph(body)), T, T, null, null, 1, "amina");
    }

    static Subscriber subscriber(long id, String email) {
        return new Subscriber(id, email, "", SubscriberStatus.SUBSCRIBED, List.of("Daily"), "website", T, null, T, T);
    }

    @Test
    void migratesAnEmptyFileToTheLatestSchemaWithWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("newsroom.db");
        try (Database db = open(file)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals("wal", single(statement, "PRAGMA journal_mode"));
            assertEquals(String.valueOf(Database.APPLICATION_ID), single(statement, "PRAGMA application_id"));
            assertEquals("ok", single(statement, "PRAGMA integrity_check"));
        }
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        try (Database again = open(file)) {
            assertEquals(Database.latestSchemaVersion(), again.schemaVersion()); // reopening migrates nothing
        }
    }

    @Test
    void enforcesForeignKeysAndUniqueness() {
        try (Database db = open(dir.resolve("n.db"))) {
            db.write(tx -> tx.articles().insert(article(1, "a", "A", "x")));
            ConstraintViolationException slug = assertThrows(ConstraintViolationException.class,
                    () -> db.write(tx -> tx.articles().insert(article(2, "a", "B", "y"))));
            assertTrue(slug.involves("articles.slug"));
            ConstraintViolationException orphan = assertThrows(ConstraintViolationException.class,
                    () -> db.write(tx -> tx.comments().insert(new Comment(1, 99, null, "", "", "hi",
                            CommentStatus.PENDING, null, T, null, null))));
            assertTrue(orphan.isForeignKey());
            db.write(tx -> tx.subscribers().insert(subscriber(1, "Amina@Example.com")));
            ConstraintViolationException email = assertThrows(ConstraintViolationException.class,
                    () -> db.write(tx -> tx.subscribers().insert(subscriber(2, "amina@example.COM"))));
            assertTrue(email.involves("subscribers_email"));
            assertEquals(1L, (long) db.<Long>read(tx -> tx.subscribers().count()));
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = open(dir.resolve("n.db"))) {
            assertThrows(IllegalStateException.class, () -> db.write(tx -> {
                tx.articles().insert(article(1, "a", "A", "x"));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0L, (long) db.<Long>read(tx -> tx.articles().count()));
        }
    }

    @Test
    void fullTextIndexFollowsTheArticles() {
        try (Database db = open(dir.resolve("n.db"))) {
            db.write(tx -> {
                tx.articles().insert(article(1, "tram", "Le tramway arrive", "Les élus ont voté le budget."));
                tx.articles().insert(article(2, "pluie", "La pluie à Fès", "Circulation perturbée."));
                return null;
            });
            assertEquals(List.of(1L), db.read(tx -> tx.articles().rankedIds("élus", 10)));
            assertEquals(List.of(2L), db.read(tx -> tx.articles().rankedIds("fes", 10)));
            assertEquals(List.of(), db.read(tx -> tx.articles().rankedIds("budget pluie", 10)));
        }
    }

    @Test
    void storesAndReadsBackEveryField() {
        try (Database db = open(dir.resolve("n.db"))) {
            Article article = article(7, "x", "Headline", "Body");
            db.write(tx -> tx.articles().insert(article));
            assertEquals(article, db.read(tx -> tx.articles().find(7)).orElseThrow());
            Subscriber subscriber = new Subscriber(3, "a@example.org", "A", SubscriberStatus.UNSUBSCRIBED,
                    List.of("Weekend", "Daily"), "ghost import", T, T.plusSeconds(5), T, T.plusMillis(1));
            db.write(tx -> tx.subscribers().insert(subscriber));
            Subscriber read = db.read(tx -> tx.subscribers().findByEmail("A@EXAMPLE.ORG")).orElseThrow();
            assertEquals(List.of("Daily", "Weekend"), read.labels()); // labels come back in name order
            assertEquals(subscriber.unsubscribedAt(), read.unsubscribedAt());
        }
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesIt() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "just some notes, not a database");
        StorageException e = assertThrows(StorageException.class, () -> open(file));
        assertTrue(e.getMessage().contains("is not a Newsdesk database: it is not an SQLite file"), e.getMessage());
        assertEquals("just some notes, not a database", Files.readString(file));
    }

    @Test
    void refusesAForeignSqliteDatabaseUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class, () -> open(file));
        assertTrue(e.getMessage().contains("is an SQLite database, but not a Newsdesk one"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesADatabaseFromANewerNewsdeskUntouched() throws Exception {
        Path file = dir.resolve("future.db");
        open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
            statement.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class, () -> open(file));
        assertTrue(e.getMessage().contains("written by a newer Newsdesk (schema 99"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("future.db-wal")));
    }

    @Test
    void existingModeRefusesAMissingFileWithoutCreatingIt() {
        Path file = dir.resolve("missing.db");
        StorageException e = assertThrows(StorageException.class,
                () -> Database.open(file, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE));
        assertTrue(e.getMessage().startsWith("There is no newsroom database at"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
