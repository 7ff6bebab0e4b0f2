package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every writer of the command line, to every kind of output path: the whole file is written, or the command refuses
 * with exit 1, one line and nothing changed; the newsroom always stays intact.
 */
class OutputPathProperties {
    enum Target {
        THE_NEWSROOM, ITS_WAL, ITS_SHM, A_LINK_TO_THE_NEWSROOM, A_BACKUP, A_FOLDER, A_MISSING_FOLDER, A_DEVICE,
        FULL_STANDARD_OUTPUT, STANDARD_OUTPUT, A_NEW_FILE, AN_EXISTING_TEXT_FILE;

        boolean writes() {
            return this == A_DEVICE || this == STANDARD_OUTPUT || this == A_NEW_FILE || this == AN_EXISTING_TEXT_FILE;
        }
    }

    private static Path template;
    private static Path templateDir;
    private static byte[] templateExport;

    @BeforeContainer
    static void buildTemplate() throws IOException {
        templateDir = Files.createTempDirectory("newsdesk-outputs");
        template = templateDir.resolve("template.db");
        assertEquals(0, CliRun.run(Map.of(), "demo", "--db", template.toString(), "--articles", "3", "--comments", "6",
                "--subscribers", "6").code());
        templateExport = OutputSafetyCliTest.exportOf(template);
    }

    @AfterContainer
    static void removeTemplate() throws IOException {
        delete(templateDir);
    }

    @Property(tries = 120)
    void eachOutputIsWholeOrRefused(@ForAll("writers") int writer, @ForAll Target target) throws Exception {
        Path dir = Files.createTempDirectory("newsdesk-output");
        try {
            Path db = dir.resolve("newsroom.db");
            Files.copy(template, db);
            Path csv = Files.writeString(dir.resolve("in.csv"), "email\nnew@example.org\nnot-an-address\n");
            List<String> command = OutputSafetyCliTest.writers(db, csv).get(writer);
            Path backup = dir.resolve("backup.db");
            Files.copy(template, backup);
            Path existing = Files.writeString(dir.resolve("old.txt"), "an older export\n");
            String out = switch (target) {
                case THE_NEWSROOM -> db.toString();
                case ITS_WAL -> db + "-wal";
                case ITS_SHM -> db + "-shm";
                case A_LINK_TO_THE_NEWSROOM -> Files.createSymbolicLink(dir.resolve("link"), db).toString();
                case A_BACKUP -> backup.toString();
                case A_FOLDER -> dir.toString();
                case A_MISSING_FOLDER -> dir.resolve("missing").resolve("out").toString();
                case A_DEVICE -> "/dev/null";
                case FULL_STANDARD_OUTPUT, STANDARD_OUTPUT -> "-";
                case A_NEW_FILE -> dir.resolve("new.out").toString();
                case AN_EXISTING_TEXT_FILE -> existing.toString();
            };
            byte[] backupBefore = Files.readAllBytes(backup);
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            CliRun.Result result = CliRun.run(target == Target.FULL_STANDARD_OUTPUT ? new CliRun.FullDevice() : captured,
                    Map.of(), OutputSafetyCliTest.with(command, out), captured);
            String what = command.get(0) + " → " + target + ": " + result;

            if (target.writes()) {
                assertEquals(0, result.code(), what);
                if (target == Target.A_NEW_FILE || target == Target.AN_EXISTING_TEXT_FILE) {
                    assertWhole(Path.of(out), command);
                }
                if (target == Target.STANDARD_OUTPUT) {
                    assertFalse(result.out().isEmpty(), what);
                }
            } else {
                assertEquals(1, result.code(), what);
                assertTrue(result.err().startsWith("newsdesk: "), what);
                assertFalse(result.err().strip().contains("\n"), "one line: " + what);
                assertFalse(result.err().matches("(?s).*(Exception|SQLITE_|\\[Source).*"), what);
                assertArrayEquals(templateExport, OutputSafetyCliTest.exportOf(db), "unchanged: " + what);
            }
            assertArrayEquals(backupBefore, Files.readAllBytes(backup), "the backup is untouched: " + what);
            assertFalse(Files.exists(dir.resolve("missing")), "no folder made: " + what);
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".partial")), what);
            }
            CliRun.Result stats = CliRun.run(Map.of(), "stats", "--db", db.toString());
            assertEquals(0, stats.code(), "the newsroom opens: " + what + " / " + stats);
        } finally {
            delete(dir);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> writers() {
        return net.jqwik.api.Arbitraries.integers().between(0, OutputSafetyCliTest.writers(Path.of("x"), Path.of("y"))
                .size() - 1);
    }

    private static void assertWhole(Path file, List<String> command) throws IOException {
        String text = Files.readString(file);
        assertFalse(text.isEmpty(), command.toString());
        boolean json = command.contains("json") || command.get(0).equals("export") || command.get(0).equals("subscribers")
                || command.get(0).equals("export-comments");
        if (json) {
            new ObjectMapper().readTree(text); // throws on a truncated document
        } else {
            assertTrue(text.endsWith("\n"), "ends with its last line: " + command);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
