package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.service.TestNewsrooms;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: exit codes, messages, and what is (not) written. */
class CliTest {
    @TempDir Path dir;

    record Run(int code, String out, String err, byte[] stdout) {
        String stdoutText() { return new String(stdout, StandardCharsets.UTF_8); }
    }

    Run run(String... args) {
        return runWith(Map.of(), args);
    }

    Run runWith(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), env, TestNewsrooms.CLOCK, stdout,
                TestNewsrooms.FAST_HASHER);
        return new Run(code, out.toString(), err.toString(), stdout.toByteArray());
    }

    @Test
    void demoExportImportExportIsIdentical() throws Exception {
        String a = dir.resolve("a.db").toString();
        String b = dir.resolve("b.db").toString();
        assertEquals(0, run("init", "--db", a).code());
        Run demo = run("demo", "--db", a, "--articles", "20", "--comments", "200", "--subscribers", "300", "--seed", "3");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().startsWith("Made 20 articles, 20 revisions, 200 comments and 300 subscribers"), demo.out());
        assertEquals(0, run("export", "--db", a, "--out", dir.resolve("a.json").toString()).code());
        Run imported = run("import", "--db", b, dir.resolve("a.json").toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(0, run("export", "--db", b, "--out", dir.resolve("b.json").toString()).code());
        assertEquals(Files.readString(dir.resolve("a.json")), Files.readString(dir.resolve("b.json")));
    }

    @Test
    void exportsToStandardOutputWithTheSummaryOnStandardError() {
        String db = dir.resolve("n.db").toString();
        run("demo", "--db", db, "--articles", "2", "--comments", "3", "--subscribers", "4");
        Run export = run("export", "--db", db, "--out", "-", "--only", "subscribers");
        assertEquals(0, export.code());
        assertTrue(export.stdoutText().startsWith("{\"format\":\"newsdesk\",\"version\":1,"), export.stdoutText());
        assertFalse(export.stdoutText().contains("\"articles\""));
        assertEquals("Exported 0 articles, 0 revisions, 0 comments and 4 subscribers.\n", export.err());
    }

    @Test
    void readingCommandsRefuseAMissingFileWithoutCreatingIt() {
        Path missing = dir.resolve("missing.db");
        Run stats = run("stats", "--db", missing.toString());
        assertEquals(1, stats.code());
        assertTrue(stats.err().startsWith("newsdesk: There is no newsroom database at " + missing), stats.err());
        assertEquals(1, run("export", "--db", missing.toString(), "--out", "-").code());
        assertFalse(Files.exists(missing));
    }

    @Test
    void invalidInputExitsOneAndUsageErrorsExitTwo() throws Exception {
        String db = dir.resolve("n.db").toString();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"wordpress\"}");
        Run refused = run("import", "--db", db, bad.toString());
        assertEquals(1, refused.code());
        assertEquals("newsdesk: $.format: expected \"newsdesk\", found \"wordpress\"; this is not a Newsdesk export\n",
                refused.err());
        assertEquals(2, run("export", "--db", db).code()); // --out missing
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("demo", "--db", db, "--articles", "many").code());
        assertEquals(1, run("import", "--db", db, dir.resolve("nope.json").toString()).code());
        Run help = run("export", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--out=FILE|-"));
    }

    @Test
    void statsCountsPerStatusAsTextAndJson() {
        String db = dir.resolve("n.db").toString();
        run("demo", "--db", db, "--articles", "10", "--comments", "50", "--subscribers", "60");
        Run text = run("stats", "--db", db);
        assertEquals(0, text.code());
        assertTrue(text.out().contains("subscribers             60"), text.out());
        Run json = run("stats", "--db", db, "--json");
        assertTrue(json.out().contains("\"subscribers\" : {\n    \"total\" : 60,"), json.out());
    }

    @Test
    void theEnvironmentChoosesTheDatabaseWhenNoOptionDoes() {
        Path file = dir.resolve("from-env.db");
        assertEquals(0, runWith(Map.of("NEWSDESK_DB", file.toString()), "init").code());
        assertTrue(Files.exists(file));
    }

    @Test
    void subscribersImportWithJsonCountsAndExportAsGhost() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertEquals(0, run("init", "--db", db).code());
        Path csv = java.nio.file.Files.writeString(dir.resolve("in.csv"),
                "email,name\nana@example.org,Ana\nANA@example.org,Twice\nbroken,B\n");
        Run dry = run("import-subscribers", "--db", db, csv.toString(), "--dry-run", "--json");
        assertEquals(0, dry.code(), dry.err());
        assertEquals("{\"new\":1,\"updated\":0,\"unchanged\":0,\"duplicates\":1,\"invalid\":1,\"suppressed\":0}",
                dry.out().strip());
        Run real = run("import-subscribers", "--db", db, csv.toString());
        assertTrue(real.out().contains("row 4: Invalid email address \"broken\": it has no @ (invalid)"), real.out());
        Run ghost = run("export-subscribers", "--db", db, "--format", "ghost", "--out", "-");
        assertEquals(0, ghost.code(), ghost.err());
        assertTrue(ghost.stdoutText().startsWith("id,email,name,note,subscribed_to_emails"), ghost.stdoutText());
        Run erase = run("subscribers", "erase", "--db", db, "ana@example.org");
        assertEquals(0, erase.code(), erase.err());
        Run again = run("import-subscribers", "--db", db, csv.toString(), "--json");
        assertTrue(again.out().contains("\"suppressed\":2"), again.out()); // both spellings of the erased address
        Run badFormat = run("export-subscribers", "--db", db, "--format", "xml", "--out", "-");
        assertEquals(1, badFormat.code());
        assertTrue(badFormat.err().contains("--format: \"xml\" is not a format"), badFormat.err());
    }
}
