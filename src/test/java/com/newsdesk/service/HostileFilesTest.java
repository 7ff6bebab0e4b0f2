package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.storage.Database;
import com.newsdesk.storage.StorageException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberImport;
import com.newsdesk.service.subscribers.SubscriberList;

/**
 * Hostile files and disks: a damaged newsroom, one locked by another program, a read-only one, a full disk (a real
 * small filesystem when the machine lets the test mount one) and a failing output stream. Each gives a clear message,
 * never a crash, and loses nothing already saved.
 */
class HostileFilesTest {
    @TempDir Path dir;

    @Test
    void aDamagedNewsroomSaysSoInsteadOfCrashing() throws Exception {
        Path file = dir.resolve("damaged.db");
        TestNewsrooms.sample(file, 40, 2_000, 2_000).close();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 * 3; i < bytes.length; i += 97) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(file, bytes);
        StorageException refused = assertThrows(StorageException.class, () -> {
            try (Database db = TestNewsrooms.open(file)) {
                db.read(tx -> {
                    tx.comments().forEach(comment -> { });
                    tx.articles().count();
                    return tx.integrityCheck().equals(List.of("ok")) ? null : fail("integrity: " + tx.integrityCheck());
                });
            }
        });
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }

    @Test
    void aNewsroomLockedByAnotherProgramWaitsThenSaysWhoHoldsIt() throws Exception {
        Path file = dir.resolve("locked.db");
        TestNewsrooms.sample(file, 3, 10, 10).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = other.createStatement();
                Database db = TestNewsrooms.open(file)) {
            statement.execute("BEGIN EXCLUSIVE"); // another program's long write
            StorageException busy = assertThrows(StorageException.class, () -> new SubscriberList(db,
                    TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER, "new@example.org", "New", List.of(), "test"));
            assertTrue(busy.getMessage().contains("another program is writing"), busy.getMessage());
            statement.execute("ROLLBACK");

            statement.execute("BEGIN EXCLUSIVE"); // a short one: the write waits for it and goes through
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    statement.execute("ROLLBACK");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            new SubscriberList(db, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER, "new@example.org", "New",
                    List.of(), "test");
            release.join();
            assertEquals(11L, (long) db.read(tx -> tx.subscribers().count()));
        }
    }

    @Test
    void aReadOnlyNewsroomSaysItCannotBeWritten() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root writes read-only files anyway");
        Path file = dir.resolve("read-only.db");
        TestNewsrooms.sample(file, 3, 10, 10).close();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        StorageException refused = assertThrows(StorageException.class, () -> {
            try (Database db = TestNewsrooms.open(file)) {
                new SubscriberList(db, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER, "x@example.org", "X",
                        List.of(), "test");
            }
        });
        assertTrue(refused.getMessage().contains("cannot be written"), refused.getMessage());
    }

    @Test
    void aFullDiskRefusesTheImportWholeAndKeepsWhatWasSaved() throws Exception {
        Path small = dir.resolve("small-disk");
        Files.createDirectories(small);
        boolean mounted;
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString())
                    .redirectErrorStream(true).start();
            mount.getInputStream().readAllBytes();
            mounted = mount.waitFor() == 0;
        } catch (IOException noMountCommand) {
            mounted = false;
        }
        Assumptions.assumeTrue(mounted, "this machine does not let the test mount a small filesystem");
        try {
            Path file = small.resolve("newsroom.db");
            long before;
            try (Database db = TestNewsrooms.open(file)) {
                SubscriberDesk subscribers = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
                subscribers.list().add(TestNewsrooms.OWNER, "kept@example.org", "Kept", List.of(), "test");
                before = db.read(tx -> tx.subscribers().count());
                Path csv = dir.resolve("many.csv");
                StringBuilder rows = new StringBuilder("email,name\n");
                for (int i = 0; i < 20_000; i++) {
                    rows.append("reader").append(i).append("@example.org,Reader ").append(i).append('\n');
                }
                Files.writeString(csv, rows);
                StorageException full = assertThrows(StorageException.class, () -> subscribers.imports().importCsv(
                        TestNewsrooms.OWNER, csv, new SubscriberImport.Options(null, null,
                                SubscriberImport.Mode.ADD, false, false), null, TaskMonitor.NONE));
                assertTrue(full.getMessage().contains("disk is full"), full.getMessage());
                assertEquals(before, (long) db.read(tx -> tx.subscribers().count()), "nothing of the import was kept");

                UncheckedIOException noRoom = assertThrows(UncheckedIOException.class, () -> new TransferService(db,
                        TestNewsrooms.CLOCK).exportTo(TestNewsrooms.OWNER, com.newsdesk.service.output.OutputTarget.file(small.resolve("export.json")),
                                ExportScope.ALL, TaskMonitor.NONE));
                assertTrue(noRoom.getMessage().contains("export.json"), noRoom.getMessage());
            }
            try (Database db = TestNewsrooms.open(file)) {
                assertEquals(List.of("ok"), db.read(tx -> tx.integrityCheck()));
                assertEquals(before, (long) db.read(tx -> tx.subscribers().count()), "what was saved is still there");
            }
            Path filler = small.resolve("filler");
            fillUp(filler);
            // No room left even for a new file's first page: creating a newsroom there says so in words.
            StorageException noRoom = assertThrows(StorageException.class,
                    () -> TestNewsrooms.open(small.resolve("new.db")).close());
            assertTrue(noRoom.getMessage().contains("the disk could not be written")
                    || noRoom.getMessage().contains("disk is full"), noRoom.getMessage());
            Files.delete(filler);
            try (Database db = TestNewsrooms.open(file)) {
                assertEquals(before, (long) db.read(tx -> tx.subscribers().count()), "and opens again with room");
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    @Test
    void anExportToAStreamThatFailsSaysWhyAndChangesNothing() {
        try (Database db = TestNewsrooms.sample(dir.resolve("newsroom.db"), 20, 500, 500)) {
            OutputStream full = new OutputStream() {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    written += length;
                    if (written > 64 * 1024) {
                        throw new IOException("No space left on device");
                    }
                }
            };
            RuntimeException failed = assertThrows(RuntimeException.class, () -> new TransferService(db,
                    TestNewsrooms.CLOCK).export(TestNewsrooms.OWNER, full, ExportScope.ALL, TaskMonitor.NONE));
            assertTrue(String.valueOf(failed.getMessage()).contains("No space left on device"), failed.toString());
            assertFalse(failed instanceof NullPointerException);
            assertEquals(500L, (long) db.read(tx -> tx.subscribers().count()));
        }
    }

    /** Writes to the file until the disk has not one byte left. */
    private static void fillUp(Path filler) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            for (int size = 64 * 1024; size >= 1; size /= 2) {
                java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(size);
                try {
                    while (true) {
                        block.rewind();
                        channel.write(block);
                    }
                } catch (IOException noSpaceForThisSize) {
                    channel.position(channel.size()); // try the next smaller size from where the file ends
                }
            }
        }
    }

    private static Void fail(String message) {
        throw new AssertionError(message);
    }
}
