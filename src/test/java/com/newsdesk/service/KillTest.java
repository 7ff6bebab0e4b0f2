package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.storage.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) child JVMs doing real Newsdesk work at random moments: a JSON import, a CSV subscriber import, a JSON
 * export, an autosave burst and bulk moderation. After every kill the file passes {@code integrity_check} and
 * {@code foreign_key_check}, an import is there entirely or not at all, an export file is complete or absent, every
 * acknowledged autosave and decision is there. {@code -Dnewsdesk.kills=N} sets the kills per operation (CI: 4; the
 * full run in the note: 50); {@code -Dnewsdesk.killSeed=S} replays a run.
 */
class KillTest {
    private static final int KILLS = Integer.getInteger("newsdesk.kills", 4);
    private static final long SEED = Long.getLong("newsdesk.killSeed", System.nanoTime());
    private static final int CSV_ROWS = 40_000;
    private static final List<String> REPORT = new ArrayList<>();
    @TempDir static Path shared;
    private static Path sample;
    private static Path export;
    private static Path csv;
    private static long[] sampleCounts;
    @TempDir Path dir;
    private final Random random = new Random(SEED);

    @BeforeAll
    static void sources() throws IOException {
        sample = shared.resolve("sample.db");
        try (Database db = TestNewsrooms.sample(sample, 300, 8_000, 8_000)) {
            sampleCounts = counts(db);
            export = shared.resolve("sample.json");
            new TransferService(db, TestNewsrooms.CLOCK).exportTo(TestNewsrooms.OWNER, com.newsdesk.service.output.OutputTarget.file(export),
                    ExportScope.ALL, TaskMonitor.NONE);
        }
        csv = shared.resolve("members.csv");
        StringBuilder rows = new StringBuilder("email,name\n");
        for (int i = 0; i < CSV_ROWS; i++) {
            rows.append("reader").append(i).append("@example.org,Reader ").append(i).append('\n');
        }
        Files.writeString(csv, rows);
    }

    @AfterAll
    static void report() {
        System.out.println("Kill test (seed " + SEED + ", " + KILLS + " kills per operation):");
        REPORT.forEach(line -> System.out.println("  " + line));
    }

    @Test
    void aKilledJsonImportLeavesTheWholeImportOrNothing() throws Exception {
        Outcomes outcomes = new Outcomes("JSON import of " + sampleCounts[0] + " articles, " + sampleCounts[1]
                + " comments, " + sampleCounts[2] + " subscribers");
        long full = durationMillis("import", "--db", dir.resolve("calibrate.db").toString(), export.toString());
        for (int kill = 0; kill < KILLS; kill++) {
            Path target = dir.resolve("import-" + kill + ".db");
            killAfter(randomMillis(full), "import", "--db", target.toString(), export.toString());
            if (!Files.exists(target)) {
                outcomes.count("no file yet");
                continue;
            }
            try (Database db = checkedOpen(target)) {
                long[] counts = counts(db);
                if (counts[0] + counts[1] + counts[2] == 0) {
                    outcomes.count("nothing imported");
                } else {
                    assertEquals(List.of(sampleCounts[0], sampleCounts[1], sampleCounts[2]),
                            List.of(counts[0], counts[1], counts[2]), "a killed import is all or nothing");
                    outcomes.count("all imported");
                }
            }
        }
        outcomes.report();
    }

    @Test
    void aKilledSubscriberImportLeavesEveryRowOrNone() throws Exception {
        Outcomes outcomes = new Outcomes("CSV import of " + CSV_ROWS + " subscribers");
        Path empty = dir.resolve("empty.db");
        TestNewsrooms.open(empty).close();
        Path calibrate = Files.copy(empty, dir.resolve("calibrate.db"));
        long full = durationMillis("import-subscribers", "--db", calibrate.toString(), csv.toString());
        for (int kill = 0; kill < KILLS; kill++) {
            Path target = Files.copy(empty, dir.resolve("subscribers-" + kill + ".db"));
            killAfter(randomMillis(full), "import-subscribers", "--db", target.toString(), csv.toString());
            try (Database db = checkedOpen(target)) {
                long subscribers = db.read(tx -> tx.subscribers().count());
                assertTrue(subscribers == 0 || subscribers == CSV_ROWS, subscribers + " subscribers after a kill");
                outcomes.count(subscribers == 0 ? "nothing imported" : "all imported");
            }
        }
        outcomes.report();
    }

    @Test
    void aKilledExportLeavesACompleteFileOrNone() throws Exception {
        Outcomes outcomes = new Outcomes("JSON export of " + (sampleCounts[0] + sampleCounts[1] + sampleCounts[2])
                + " articles, comments and subscribers");
        long full = durationMillis("export", "--db", sample.toString(), "--out", dir.resolve("calibrate.json")
                .toString());
        long records = countRecords(dir.resolve("calibrate.json"));
        for (int kill = 0; kill < KILLS; kill++) {
            Path out = dir.resolve("export-" + kill + ".json");
            killAfter(randomMillis(full), "export", "--db", sample.toString(), "--out", out.toString());
            if (Files.exists(out)) {
                assertEquals(records, countRecords(out), "an export file that exists is complete");
                outcomes.count("complete file");
            } else {
                outcomes.count("no file");
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            long partials = left.filter(path -> path.getFileName().toString().endsWith(".partial")).count();
            outcomes.note(partials + " partial files left under a temporary name");
        }
        try (Database db = checkedOpen(sample)) {
            assertEquals(sampleCounts[2], counts(db)[2], "the newsroom exported is unchanged");
        }
        outcomes.report();
    }

    @Test
    void aKilledAutosaveBurstKeepsEveryAcknowledgedSave() throws Exception {
        Outcomes outcomes = new Outcomes("autosave burst");
        Path file = dir.resolve("autosave.db");
        long id;
        try (Database db = TestNewsrooms.open(file)) {
            id = new ArticleService(db, TestNewsrooms.CLOCK).create(AutosaveChild.WRITER, "Killed mid-edit").id();
        }
        for (int kill = 0; kill < KILLS; kill++) {
            int acknowledged = killAfterLines(AutosaveChild.class, line -> line.startsWith("saved "),
                    1 + random.nextInt(60), file.toString(), Long.toString(id));
            try (Database db = checkedOpen(file)) {
                ArticleService articles = new ArticleService(db, TestNewsrooms.CLOCK);
                ArticleService.Opened opened = articles.open(AutosaveChild.WRITER, id);
                int saved = opened.article().body().blocks().size();
                assertTrue(opened.recoveredFrom() != null, "the unclosed session is reported as recovered");
                assertTrue(saved >= acknowledged, "acknowledged " + acknowledged + " autosaves, found " + saved);
                assertEquals("word " + saved, opened.article().body().blocks().get(saved - 1).text());
                articles.close(AutosaveChild.WRITER, id);
                outcomes.count(saved == acknowledged ? "last acknowledged save there" : "one more save there");
            }
        }
        outcomes.report();
    }

    @Test
    void aKilledBulkModerationDecidesWholeSelectionsOnly() throws Exception {
        Outcomes outcomes = new Outcomes("bulk moderation, " + BulkModerationChild.BATCH + " comments at a time");
        Path template = dir.resolve("moderation.db");
        try (Database db = TestNewsrooms.sample(template, 40, 6_000, 0)) {
            assertTrue(db.read(tx -> tx.comments().count(CommentStatus.PENDING)) > 4 * BulkModerationChild.BATCH);
        }
        for (int kill = 0; kill < KILLS; kill++) {
            Path file = Files.copy(template, dir.resolve("moderation-" + kill + ".db"),
                    StandardCopyOption.REPLACE_EXISTING);
            long approvedBefore;
            try (Database db = TestNewsrooms.open(file)) {
                approvedBefore = db.read(tx -> tx.comments().count(CommentStatus.APPROVED));
            }
            int acknowledged = killAfterLines(BulkModerationChild.class, line -> line.startsWith("decided "),
                    1 + random.nextInt(4), file.toString());
            try (Database db = checkedOpen(file)) {
                long approved = db.read(tx -> tx.comments().count(CommentStatus.APPROVED)) - approvedBefore;
                assertEquals(0, approved % BulkModerationChild.BATCH, approved + " approved: a selection was split");
                assertTrue(approved >= (long) acknowledged * BulkModerationChild.BATCH,
                        "acknowledged " + acknowledged + " selections, found " + approved + " decisions");
                long audited = db.read(tx -> tx.audit().find(new AuditFilter(null, "comment.decide", null, null),
                        1_000_000)).size();
                assertEquals(approved, audited, "every decision made is audited, and only those");
                Map<CommentStatus, Long> real = new EnumMap<>(CommentStatus.class);
                db.read(tx -> {
                    tx.comments().forEach(comment -> real.merge(comment.status(), 1L, Long::sum));
                    return null;
                });
                for (CommentStatus status : CommentStatus.values()) {
                    real.putIfAbsent(status, 0L);
                }
                assertEquals(real, db.read(tx -> tx.comments().countByStatus()), "the kept counts match the rows");
                outcomes.count(approved == (long) acknowledged * BulkModerationChild.BATCH
                        ? "acknowledged selections there" : "one more selection there");
            }
        }
        outcomes.report();
    }

    /** Opens a file left by a killed process and checks it is whole. */
    private static Database checkedOpen(Path file) {
        Database db = TestNewsrooms.open(file);
        assertEquals(List.of("ok"), db.read(tx -> tx.integrityCheck()));
        assertEquals(List.of(), db.read(tx -> tx.foreignKeyViolations()));
        return db;
    }

    private static long[] counts(Database db) {
        return db.read(tx -> new long[] {tx.articles().count(), tx.comments().count(null), tx.subscribers().count()});
    }

    /** Records in a Newsdesk export: every object inside its top-level arrays; a damaged file throws. */
    private static long countRecords(Path json) throws IOException {
        long records = 0;
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (token == JsonToken.START_OBJECT && depth == 2) {
                        records++;
                    }
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
            assertEquals(0, depth, json + " ends before its last bracket");
        }
        return records;
    }

    private long randomMillis(long full) {
        return 50 + (long) (random.nextDouble() * full * 1.3); // some kills come after the end: those must be whole too
    }

    /** Runs the command line to the end and returns how long it took. */
    private static long durationMillis(String... arguments) throws Exception {
        long start = System.nanoTime();
        Process child = cli(arguments).start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), printed);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void killAfter(long millis, String... arguments) throws Exception {
        Process child = cli(arguments).start();
        if (!child.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            child.destroyForcibly(); // SIGKILL
        }
        child.waitFor();
    }

    /** Starts a test child, kills it after it has printed {@code lines} matching lines, returns how many it printed. */
    private static int killAfterLines(Class<?> main, Predicate<String> counted, int lines, String... arguments)
            throws Exception {
        Process child = ChildJvm.of(main.getName(), arguments).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (counted.test(line) && ++seen >= lines) {
                    child.destroyForcibly(); // SIGKILL, mid-work
                    break;
                }
            }
        }
        child.waitFor();
        return seen;
    }

    private static ProcessBuilder cli(String... arguments) {
        return ChildJvm.of("com.newsdesk.app.Launcher", arguments);
    }

    /** What the kills of one operation left, for the report. */
    private static final class Outcomes {
        private final String operation;
        private final Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        Outcomes(String operation) {
            this.operation = operation;
        }

        void count(String outcome) {
            counts.merge(outcome, 1, Integer::sum);
        }

        void note(String note) {
            notes.add(note);
        }

        void report() {
            synchronized (REPORT) {
                REPORT.add(operation + ": " + counts.values().stream().mapToInt(Integer::intValue).sum()
                        + " kills survived " + counts + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
            }
        }
    }
}
