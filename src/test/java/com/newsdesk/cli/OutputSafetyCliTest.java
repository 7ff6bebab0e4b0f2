package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, findings 1 and 2: no output of the command line can replace the newsroom, its journal, a backup or a
 * device, create folders, or report success when standard output failed.
 */
class OutputSafetyCliTest {
    @TempDir Path dir;
    Path db;
    Path csv;
    byte[] newsroomBefore;

    @BeforeEach
    void newsroom() throws Exception {
        db = dir.resolve("newsroom.db");
        assertEquals(0, CliRun.run(Map.of(), "demo", "--db", db.toString(), "--articles", "3", "--comments", "5",
                "--subscribers", "5").code());
        csv = Files.writeString(dir.resolve("in.csv"), "email,name\nnew@example.org,New\nnot-an-address,Bad\n");
        newsroomBefore = exportOf(db);
    }

    /** Every command that writes a file the user names, with {@code OUT} where the name goes. */
    static List<List<String>> writers(Path db, Path csv) {
        String d = db.toString();
        return List.of(
                List.of("export", "--db", d, "--out", "OUT"),
                List.of("export", "--db", d, "--only", "subscribers", "--out", "OUT"),
                List.of("export-subscribers", "--db", d, "--format", "csv", "--out", "OUT"),
                List.of("export-subscribers", "--db", d, "--format", "json", "--out", "OUT"),
                List.of("export-article", "--db", d, "1", "--format", "md", "--out", "OUT"),
                List.of("export-comments", "--db", d, "--out", "OUT"),
                List.of("subscribers", "export-person", "--db", d, "someone@example.org", "--out", "OUT"),
                List.of("import-subscribers", "--db", d, csv.toString(), "--report", "OUT"));
    }

    static String[] with(List<String> command, String out) {
        return command.stream().map(word -> word.equals("OUT") ? out : word).toArray(String[]::new);
    }

    static byte[] exportOf(Path db) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CliRun.Result result = CliRun.run(stdout, Map.of(), new String[] {"export", "--db", db.toString(), "--out", "-"},
                stdout);
        assertEquals(0, result.code(), result.err());
        return stdout.toByteArray();
    }

    private void assertRefusedAndUnchanged(String out, String because) throws Exception {
        for (List<String> writer : writers(db, csv)) {
            CliRun.Result result = CliRun.run(Map.of(), with(writer, out));
            assertEquals(1, result.code(), writer + ": " + result);
            assertTrue(result.message().startsWith("newsdesk: Cannot write "), writer + ": " + result.message());
            assertTrue(result.message().contains(because), writer + ": " + result.message());
            assertFalse(result.message().contains("\n"), "one line: " + result.message());
        }
        assertArrayEquals(newsroomBefore, exportOf(db), "the newsroom is unchanged");
    }

    @Test
    void noOutputReplacesTheNewsroomOrItsJournals() throws Exception {
        assertRefusedAndUnchanged(db.toString(), "it is the newsroom itself");
        assertRefusedAndUnchanged(db + "-wal", "it is the newsroom's own wal file");
        assertRefusedAndUnchanged(db + "-shm", "it is the newsroom's own shm file");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), db);
        assertRefusedAndUnchanged(link.toString(), "it is the newsroom itself");
        assertRefusedAndUnchanged(dir.resolve(".").resolve("newsroom.db").toString(), "it is the newsroom itself");
    }

    @Test
    void noExportReplacesABackupOrAnotherNewsroom() throws Exception {
        Path backup = dir.resolve("copy.db");
        assertEquals(0, CliRun.run(Map.of(), "backup", "--db", db.toString(), "--out", backup.toString()).code());
        byte[] before = Files.readAllBytes(backup);
        assertRefusedAndUnchanged(backup.toString(), "it is an SQLite database");
        assertArrayEquals(before, Files.readAllBytes(backup));
    }

    @Test
    void aFolderOrAMissingFolderIsRefusedAndNoFolderIsCreated() throws Exception {
        assertRefusedAndUnchanged(dir.toString(), "it is a folder");
        Path missing = dir.resolve("typo").resolve("deeper").resolve("out.json");
        assertRefusedAndUnchanged(missing.toString(), "does not exist");
        assertFalse(Files.exists(dir.resolve("typo")), "no folder was created");
    }

    @Test
    void theReportTargetIsRefusedBeforeTheImportRuns() throws Exception {
        CliRun.Result result = CliRun.run(Map.of(), "import-subscribers", "--db", db.toString(), csv.toString(),
                "--report", db.toString());
        assertEquals(1, result.code());
        assertArrayEquals(newsroomBefore, exportOf(db), "nothing was imported");
    }

    @Test
    void aCharacterDeviceIsWrittenAsAStreamAndStaysADevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        for (List<String> writer : writers(db, csv)) {
            CliRun.Result result = CliRun.run(Map.of(), with(writer, devNull.toString()));
            assertEquals(0, result.code(), writer + ": " + result);
        }
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        assertEquals(0, Files.size(devNull));
        assertEquals("0", Files.getAttribute(devNull, "unix:uid").toString(), "still root's device");
    }

    @Test
    void aPipeIsWrittenAsAStream() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (var in = Files.newInputStream(fifo)) {
                in.transferTo(read);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reader.start();
        CliRun.Result result = CliRun.run(Map.of(), "export-subscribers", "--db", db.toString(), "--format", "csv",
                "--out", fifo.toString());
        reader.join(20_000);
        assertEquals(0, result.code(), result.toString());
        assertTrue(read.toString(StandardCharsets.UTF_8).startsWith("email,"), read.toString(StandardCharsets.UTF_8));
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
    }

    @Test
    void standardOutputThatFailsExitsOneWithAMessage() {
        List<String[]> toStandardOutput = new ArrayList<>();
        for (List<String> writer : writers(db, csv)) {
            toStandardOutput.add(with(writer, "-"));
        }
        toStandardOutput.add(new String[] {"export-article", "--db", db.toString(), "1", "--format", "html"});
        toStandardOutput.add(new String[] {"stats", "--db", db.toString()});
        toStandardOutput.add(new String[] {"articles", "--db", db.toString(), "--json"});
        for (String[] command : toStandardOutput) {
            CliRun.Result result = CliRun.run(new CliRun.FullDevice(), Map.of(), command, null);
            assertEquals(1, result.code(), String.join(" ", command) + ": " + result);
            assertTrue(result.err().contains("standard output"), String.join(" ", command) + ": " + result.err());
        }
    }

    @Test
    void exportArticleToDashWritesStandardOutputNotAFileNamedDash() {
        CliRun.Result result = CliRun.run(Map.of(), "export-article", "--db", db.toString(), "1", "--format", "md",
                "--out", "-");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("#") || result.out().startsWith("---"), result.out());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    @Test
    void aServerAddressOrAMissingFolderAsTheNewsroomCreatesNothing() {
        // Nothing listens on port 9 of this machine: the server cannot be reached, and no folder is made either.
        for (String address : List.of("postgresql://127.0.0.1:9/newsroom", "jdbc:postgresql://127.0.0.1:9/newsroom")) {
            CliRun.Result result = CliRun.run(Map.of(), "init", "--db", address);
            assertEquals(1, result.code(), result.toString());
            assertTrue(result.message().contains("could not be reached"), result.message());
            assertFalse(Files.exists(Path.of("postgresql:")), "no folder named postgresql:");
            assertFalse(Files.exists(Path.of("jdbc:postgresql:")), "no folder named jdbc:postgresql:");
        }
        Path typo = dir.resolve("nwesroom").resolve("n.db");
        CliRun.Result result = CliRun.run(Map.of(), "init", "--db", typo.toString());
        assertEquals(1, result.code());
        assertTrue(result.message().contains("does not exist"), result.message());
        assertFalse(Files.exists(typo.getParent()));
        CliRun.Result fromEnv = CliRun.run(Map.of("NEWSDESK_DB", typo.toString()), "stats");
        assertEquals(1, fromEnv.code());
        assertFalse(Files.exists(typo.getParent()));
        if (Files.exists(Path.of("/dev/null"))) {
            CliRun.Result device = CliRun.run(Map.of(), "empty-comments", "spam", "--db", "/dev/null");
            assertEquals(1, device.code(), device.toString());
            assertEquals("newsdesk: --db /dev/null is a device or a pipe, not a newsroom file; nothing was opened.",
                    device.message());
        }
    }

    /** A real process, standard output on /dev/full: the JVM's own stream, not a test double. */
    @Test
    void aRealProcessWritingToAFullDeviceExitsOne() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "com.newsdesk.app.Launcher"));
        command.addAll(List.of("export", "--db", db.toString(), "--out", "-"));
        Process process = new ProcessBuilder(command).redirectOutput(full).redirectErrorStream(false).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), err);
        assertTrue(err.contains("Could not write to standard output: No space left on device"), err);
        List<String> print = new ArrayList<>(command.subList(0, 4));
        print.addAll(List.of("stats", "--db", db.toString()));
        Process stats = new ProcessBuilder(print).redirectOutput(full).start();
        String statsErr = new String(stats.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, stats.waitFor(), statsErr);
        assertTrue(statsErr.contains("could not write to standard output"), statsErr);
    }
}
