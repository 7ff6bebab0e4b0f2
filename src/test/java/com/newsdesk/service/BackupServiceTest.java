package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.BackupFile;
import com.newsdesk.storage.BackupInspector;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberList;

/** Backups and restore on real newsroom files. */
class BackupServiceTest {
    private static final Actor OWNER = TestNewsrooms.OWNER;
    @TempDir Path dir;

    @Test
    void aBackupIsAWholeNewsroomAndRestoreBringsItBackKeepingTheReplacedOne() {
        Path file = dir.resolve("newsroom.db");
        try (Database db = TestNewsrooms.sample(file, 12, 80, 40)) {
            BackupService backups = new BackupService(db, TestNewsrooms.CLOCK);
            Path copy = backups.backUpTo(OWNER, dir.resolve("copy.db"));
            BackupFile checked = backups.inspect(copy);
            assertEquals(Database.latestSchemaVersion(), checked.schemaVersion());
            assertEquals(List.of(12L, 80L, 40L), List.of(checked.articles(), checked.comments(), checked.subscribers()));
            assertTrue(Files.exists(copy) && !Files.exists(dir.resolve("copy.db.partial")));

            SubscriberDesk subscribers = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            subscribers.list().add(OWNER, "after.backup@example.org", "After", List.of(), "test");
            assertEquals(41L, (long) db.read(tx -> tx.subscribers().count()));

            BackupService.Restored restored = backups.restore(OWNER, copy);
            assertEquals(40L, (long) db.read(tx -> tx.subscribers().count()), "the newsroom is the backup again");
            assertEquals(List.of("ok"), db.read(tx -> tx.integrityCheck()));
            assertNotNull(restored.previousSavedTo());
            assertEquals(41, backups.inspect(restored.previousSavedTo()).subscribers(),
                    "the newsroom as it was before the restore is kept");
            assertTrue(db.read(tx -> tx.audit().find(new com.newsdesk.domain.AuditFilter(null, "restore", null, null),
                    10)).size() == 1, "the restore is in the audit trail");
        }
    }

    @Test
    void anotherConnectionToTheSameFileSeesTheRestoredNewsroom() {
        Path file = dir.resolve("newsroom.db");
        try (Database db = TestNewsrooms.sample(file, 3, 10, 10);
                Database other = TestNewsrooms.open(file)) {
            BackupService backups = new BackupService(db, TestNewsrooms.CLOCK);
            Path copy = backups.backUpTo(OWNER, dir.resolve("copy.db"));
            new SubscriberList(other, TestNewsrooms.CLOCK).add(OWNER, "x@example.org", "X", List.of(), "test");
            assertEquals(11L, (long) other.read(tx -> tx.subscribers().count()));
            backups.restore(OWNER, copy);
            assertEquals(10L, (long) other.read(tx -> tx.subscribers().count()));
        }
    }

    @Test
    void damagedForeignNewerAndMissingFilesAreRefusedAndNothingChanges() throws Exception {
        Path file = dir.resolve("newsroom.db");
        try (Database db = TestNewsrooms.sample(file, 3, 10, 10)) {
            BackupService backups = new BackupService(db, TestNewsrooms.CLOCK);
            Path good = backups.backUpTo(OWNER, dir.resolve("good.db"));
            byte[] bytes = Files.readAllBytes(good);

            Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all");
            assertRefused(backups, text, "not an SQLite file");
            Path truncated = Files.write(dir.resolve("truncated.db"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
            assertRefused(backups, truncated, "damaged");
            byte[] garbled = bytes.clone();
            for (int i = 4096 * 2; i < garbled.length; i += 7) {
                garbled[i] = (byte) (garbled[i] ^ 0x5A);
            }
            assertRefused(backups, Files.write(dir.resolve("garbled.db"), garbled), "damaged");
            Path foreign = dir.resolve("foreign.db");
            sql(foreign, "CREATE TABLE notes (text TEXT)");
            assertRefused(backups, foreign, "not a Newsdesk database");
            Path newer = Files.copy(good, dir.resolve("newer.db"));
            sql(newer, "PRAGMA user_version = 999");
            assertRefused(backups, newer, "newer Newsdesk");
            assertRefused(backups, dir.resolve("missing.db"), "no such file");
            assertThrows(com.newsdesk.domain.InvalidInputException.class, () -> backups.restore(OWNER, file),
                    "the newsroom cannot be restored onto itself");

            assertEquals(10L, (long) db.read(tx -> tx.subscribers().count()), "nothing was replaced");
            assertTrue(backups.list().isEmpty(), "a refused file makes no before-restore backup");
        }
    }

    @Test
    void rollingBackupsKeepTheNewestAndComeOnlyAfterWork() {
        Path file = dir.resolve("newsroom.db");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
        try (Database db = TestNewsrooms.sample(file, 3, 10, 10)) {
            BackupService backups = new BackupService(db, clock);
            backups.setPolicy(OWNER, new BackupService.Policy(3, 30));
            assertNotNull(backups.atStart());
            clock.advance(Duration.ofMinutes(45));
            assertNull(backups.automaticIfDue(), "nothing was saved since: no new backup");
            SubscriberDesk subscribers = SubscriberDesk.of(db, clock);
            for (int i = 0; i < 5; i++) {
                subscribers.list().add(OWNER, "reader" + i + "@example.org", "Reader " + i, List.of(), "test");
                clock.advance(Duration.ofMinutes(10));
                backups.automaticIfDue();
            }
            // Saved work at 08:55, 09:05, …; backups at most every 30 minutes: 08:55 and 09:25.
            assertEquals(3, backups.list().size(), "start + two automatic");
            clock.advance(Duration.ofMinutes(1));
            backups.backUpNow(OWNER);
            clock.advance(Duration.ofMinutes(1));
            backups.backUpNow(OWNER);
            List<Path> kept = backups.list();
            assertEquals(3, kept.size(), "the oldest beyond three are removed");
            assertTrue(kept.get(0).getFileName().toString().contains("-manual"), kept.toString());
            assertEquals(15, backups.inspect(kept.get(0)).subscribers());
        }
    }

    @Test
    void onlyThoseWhoMayTransferTheWholeNewsroomBackUpOrRestore() {
        try (Database db = TestNewsrooms.sample(dir.resolve("newsroom.db"), 1, 1, 1)) {
            BackupService backups = new BackupService(db, TestNewsrooms.CLOCK);
            Actor writer = Actor.staff("julien", Role.WRITER);
            assertThrows(AccessDeniedException.class, () -> backups.backUpNow(writer));
            Path copy = backups.backUpNow(OWNER);
            assertThrows(AccessDeniedException.class, () -> backups.restore(writer, copy));
        }
    }

    /** Issue 12, finding 9: a file carrying anything not in our schema is refused, naming it. */
    @Test
    void aBackupCarryingItsOwnTriggersViewsOrIndexesIsRefusedNamingThem() throws Exception {
        Path file = dir.resolve("newsroom.db");
        try (Database db = TestNewsrooms.sample(file, 3, 10, 10)) {
            BackupService backups = new BackupService(db, TestNewsrooms.CLOCK);
            Path good = backups.backUpTo(OWNER, dir.resolve("good.db"));
            java.util.Map<String, String> hostile = java.util.Map.of(
                    "trigger promote", "CREATE TRIGGER promote AFTER INSERT ON audit_log BEGIN"
                            + " UPDATE staff SET role = 'admin'; END",
                    "view everyone", "CREATE VIEW everyone AS SELECT * FROM subscribers",
                    "index spy", "CREATE INDEX spy ON subscribers (name)",
                    "table extra", "CREATE TABLE extra (x)");
            for (var object : hostile.entrySet()) {
                Path candidate = Files.copy(good, dir.resolve(object.getKey().replace(' ', '-') + ".db"));
                sql(candidate, object.getValue());
                StorageException refused = assertThrows(StorageException.class,
                        () -> com.newsdesk.storage.BackupInspector.inspect(candidate), "restore --check refuses too");
                assertTrue(refused.getMessage().contains("holds the " + object.getKey()), refused.getMessage());
                assertRefused(backups, candidate, object.getKey());
            }
            Path altered = Files.copy(good, dir.resolve("altered.db"));
            sql(altered, "DROP TRIGGER subscribers_search_delete", "CREATE TRIGGER subscribers_search_delete AFTER"
                    + " DELETE ON subscribers BEGIN UPDATE staff SET role = 'admin'; END");
            assertRefused(backups, altered, "trigger subscribers_search_delete is not defined as Newsdesk defines it");
            Path missing = Files.copy(good, dir.resolve("missing-index.db"));
            sql(missing, "DROP INDEX comments_author");
            assertRefused(backups, missing, "the index comments_author is missing");
            sql(good, "ANALYZE"); // SQLite's own statistics are not a difference
            assertEquals(10L, com.newsdesk.storage.BackupInspector.inspect(good).subscribers());
            assertEquals(10L, (long) db.read(tx -> tx.subscribers().count()), "nothing was replaced");
        }
    }

    /** Runs statements on a candidate file, as someone preparing it outside Newsdesk would. */
    private static void sql(Path file, String... statements) throws java.sql.SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String each : statements) {
                statement.execute(each);
            }
        }
    }

    private static void assertRefused(BackupService backups, Path file, String says) {
        StorageException refused = assertThrows(StorageException.class, () -> backups.restore(OWNER, file));
        assertTrue(refused.getMessage().contains(says) && refused.getMessage().contains(file.getFileName().toString()),
                refused.getMessage());
    }
}
