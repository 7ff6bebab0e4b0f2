package com.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.cli.Cli;
import com.newsdesk.service.TestNewsrooms;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks as their own program: they run, write their table, and read a newsroom only through a copy. */
class BenchTest {
    private static final String ADMIN_PASSWORD = "ink and paper 1851";
    private static final String WRITER_PASSWORD = "a writer's password";
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    private static Run bench(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Bench.run(args, new PrintWriter(out), new PrintWriter(err), env, TestNewsrooms.CLOCK,
                new ByteArrayOutputStream(), TestNewsrooms.FAST_HASHER);
        return new Run(code, out.toString(), err.toString());
    }

    private static int newsdesk(Map<String, String> env, String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err), env, TestNewsrooms.CLOCK,
                new ByteArrayOutputStream(), TestNewsrooms.FAST_HASHER);
        assertEquals(0, code, err.toString());
        return code;
    }

    /** A smoke test: it runs and writes its table; no time is asserted. */
    @Test
    void quickBenchmarkRunsAndWritesItsTable() throws Exception {
        Path out = dir.resolve("bench.json");
        Run run = bench(Map.of(), "--quick", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("comments: pending queue: first page of 200"), run.out());
        assertTrue(run.out().contains("subscribers: import-subscribers, CSV of 20,000 rows"), run.out());
        assertTrue(run.out().contains("writing: fr: a paragraph checked, language loaded"), run.out());
        var table = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertTrue(table.get("rows").size() >= 15, table.toString());
        assertTrue(table.get("machine").has("cores"));
    }

    @Test
    void refusesItsOutputBeforeMeasuring() {
        Path newsroom = dir.resolve("n.db");
        newsdesk(Map.of(), "init", "--db", newsroom.toString());
        Run run = bench(Map.of(), "--quick", "--out", newsroom.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().startsWith("newsdesk-bench: ") && run.err().contains("an SQLite database"), run.err());
    }

    /** Issue 17: the cold runs' options are checked before anything is built, one plain line each. */
    @Test
    void refusesColdRunOptionsThatCannotWork() {
        Run noRuns = bench(Map.of(), "--only", "cold", "--runs", "0");
        assertEquals(1, noRuns.code(), noRuns.toString());
        assertEquals("newsdesk-bench: --runs: give 1 or more runs, not 0", noRuns.err().strip());
        Run device = bench(Map.of(), "--only", "cold", "--launcher", "/dev/null");
        assertEquals(1, device.code(), device.toString());
        assertTrue(device.err().startsWith("newsdesk-bench: --launcher: /dev/null is not a program to run"),
                device.err());
        Run section = bench(Map.of(), "--only", "colder");
        assertEquals(1, section.code(), section.toString());
        assertEquals(1, section.err().strip().lines().count(), section.err());
        assertTrue(section.err().contains("\"colder\" is not a section"), section.err());
    }

    /** Issue 12, finding 3: bench reads a newsroom only through a signed-in copy, and never writes it. */
    @Test
    void onANewsroomWithStaffItNeedsARoleThatMayCopyItAndLeavesItAsItWas() {
        String db = dir.resolve("bench.db").toString();
        newsdesk(Map.of(), "demo", "--db", db, "--articles", "5", "--comments", "400", "--subscribers", "5");
        newsdesk(Map.of("NEWSDESK_PASSWORD", ADMIN_PASSWORD), "init", "--db", db, "--admin", "amina");
        newsdesk(Map.of("NEWSDESK_PASSWORD", ADMIN_PASSWORD, "NEWSDESK_NEW_PASSWORD", WRITER_PASSWORD),
                "staff", "add", "julien", "--role", "writer", "--db", db, "--user", "amina");
        Run anonymous = bench(Map.of(), "--quick", "--only", "comments", "--db", db);
        assertEquals(1, anonymous.code());
        assertTrue(anonymous.err().contains("has staff accounts"), anonymous.err());
        Run writer = bench(Map.of("NEWSDESK_PASSWORD", WRITER_PASSWORD), "--quick", "--only", "comments", "--db", db,
                "--user", "julien");
        assertEquals(1, writer.code());
        assertTrue(writer.err().contains("may not export or import the whole newsroom"), writer.err());

        Supplier<String> counts = () -> {
            try (var open = TestNewsrooms.open(Path.of(db))) {
                return open.read(tx -> tx.articles().count() + "/" + tx.comments().count(null) + "/"
                        + tx.subscribers().count() + "/" + tx.comments().countByStatus());
            }
        };
        String before = counts.get();
        Run admin = bench(Map.of("NEWSDESK_PASSWORD", ADMIN_PASSWORD), "--quick", "--only", "comments", "--db", db,
                "--user", "amina");
        assertEquals(0, admin.code(), admin.err());
        assertEquals(before, counts.get(), "the newsroom measured is a copy: nothing was decided or imported in it");
    }

    /** The floors start as ./newsdesk starts its runs: the same JVM settings, none more, none fewer. */
    @Test
    void theFloorsStartWithTheStartScriptsSettings() throws Exception {
        java.util.Set<String> script = new java.util.TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(Path.of("newsdesk"))) {
            java.util.regex.Matcher assignment = java.util.regex.Pattern.compile("jvm=\"([^\"]*)\"").matcher(line);
            if (assignment.find()) {
                for (String setting : assignment.group(1).split(" ")) {
                    if (setting.startsWith("-")) {
                        script.add(setting);
                    }
                }
            }
        }
        java.util.Set<String> floors = new java.util.TreeSet<>();
        for (String settings : java.util.List.of(ColdBenchmarks.WINDOW_SETTINGS, ColdBenchmarks.CLI_SETTINGS,
                ColdBenchmarks.COMPILER_SETTINGS, ColdBenchmarks.NO_GPU_SETTING)) {
            floors.addAll(java.util.List.of(settings.split(" ")));
        }
        assertEquals(script, floors);
    }
}
