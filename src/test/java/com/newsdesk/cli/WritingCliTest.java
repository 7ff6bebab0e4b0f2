package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 on the command line: check-article's exit codes and JSON, the style list as CSV, the dictionary. */
class WritingCliTest {
    @TempDir Path dir;
    private final CliTest cli = new CliTest();

    @Test
    void checkArticleExitsOneWithItsIssuesAndZeroOnceTheyAreAccepted() throws Exception {
        String db = dir.resolve("n.db").toString();
        Path draft = dir.resolve("draft.md");
        Files.writeString(draft, "# Storm in Tangiers\n\nThe authoritis closed the road after the storm.\n");
        assertEquals(0, cli.run("import-article", draft.toString(), "--db", db).code());
        Path style = dir.resolve("style.csv");
        Files.writeString(style, "avoid,prefer,note\nTangiers,Tanger,\n");
        CliTest.Run imported = cli.run("style", "import", style.toString(), "--db", db);
        assertEquals(0, imported.code(), imported.err());

        CliTest.Run json = cli.run("check-article", "storm-in-tangiers", "--json", "--db", db);
        assertEquals(1, json.code(), json.err());
        assertTrue(json.out().contains("\"text\" : \"authoritis\"") && json.out().contains("\"authorities\""),
                json.out());
        assertTrue(json.out().contains("\"field\" : \"headline\"") && json.out().contains("\"rule\" : \"HOUSE_STYLE\""),
                json.out());

        assertEquals(0, cli.run("dictionary", "add", "authoritis", "--db", db).code());
        assertEquals(0, cli.run("dictionary", "ignore-rule", "VERY_UNIQUE", "--db", db).code());
        assertEquals("VERY_UNIQUE\n", cli.run("dictionary", "rules", "--db", db).out());
        assertEquals("Checked again.\n", cli.run("dictionary", "restore-rule", "VERY_UNIQUE", "--db", db).out());
        Files.writeString(style, "avoid,prefer,note\n");
        assertEquals(0, cli.run("style", "import", style.toString(), "--db", db).code());
        CliTest.Run clean = cli.run("check-article", "storm-in-tangiers", "--db", db);
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertTrue(clean.out().endsWith("storm-in-tangiers: 0 issues.\n"), clean.out());
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        String db = dir.resolve("n.db").toString();
        assertEquals(0, cli.run("init", "--db", db).code());
        Path style = dir.resolve("style.csv");
        Files.writeString(style, "prefer,note\nTanger,\n");
        CliTest.Run refused = cli.run("style", "import", style.toString(), "--db", db);
        assertEquals(1, refused.code());
        assertEquals("newsdesk: style.csv, row 1: no \"avoid\" column; the header is avoid,prefer,note\n",
                refused.err());
        // The newsroom itself named as an input: one plain line, not its bytes (every importer shares this check).
        for (String[] command : new String[][] {{"style", "import", db}, {"import-subscribers", db}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--db", db)).toArray(String[]::new);
            CliTest.Run itself = cli.run(args);
            assertEquals(1, itself.code());
            assertTrue(itself.err().startsWith("newsdesk: " + db + ": it is an SQLite database (a newsroom or a"
                    + " backup), not a "), itself.err());
            assertEquals(1, itself.err().lines().count());
        }
        CliTest.Run unknown = cli.run("check-article", "no-such-article", "--db", db);
        assertEquals(1, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        CliTest.Run exported = cli.run("style", "export", "--out", "-", "--db", db);
        assertEquals("avoid,prefer,note\r\n", exported.stdoutText());
    }
}
