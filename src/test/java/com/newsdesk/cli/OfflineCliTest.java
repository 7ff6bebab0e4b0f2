package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** offline take / return, comments decide and import-article --update, as a script runs them. */
class OfflineCliTest {
    @TempDir Path dir;
    private final CliTest cli = new CliTest();

    @Test
    void takeWorkOfflineAndBringBack() throws Exception {
        String newsroom = dir.resolve("newsroom.db").toString();
        String laptop = dir.resolve("laptop.db").toString();
        assertEquals(0, cli.run("demo", "--db", newsroom, "--articles", "4", "--comments", "40", "--subscribers", "0")
                .code());
        CliTest.Run taken = cli.run("offline", "take", "--db", laptop, "--from", newsroom, "--article", "1",
                "--pending", "3", "--json");
        assertEquals(0, taken.code(), taken.err());
        JsonNode counts = new ObjectMapper().readTree(taken.out());
        assertEquals(1, counts.get("articles").asInt());
        assertEquals(3, counts.get("comments").asInt());
        JsonNode listed = new ObjectMapper().readTree(cli.run("articles", "--db", newsroom, "--json").out());
        boolean marked = false;
        for (JsonNode article : listed) {
            marked |= article.get("id").asInt() == 1 && article.path("offlineWith").asText().equals(
                    System.getProperty("user.name"));
        }
        assertTrue(marked, listed.toString());

        // Offline: a new revision from a file, checked against the version it was based on; two decisions.
        Path text = dir.resolve("rewrite.md");
        Files.writeString(text, "# Rewritten offline\n\nEvery word of it.\n");
        assertEquals(0, cli.run("import-article", text.toString(), "--update", "1", "--base-version", "1", "--db",
                laptop).code());
        CliTest.Run stale = cli.run("import-article", text.toString(), "--update", "1", "--base-version", "1", "--db",
                laptop);
        assertEquals(1, stale.code());
        assertTrue(stale.err().contains("changed since version 1 (it is at version 2 now); nothing was changed"),
                stale.err());
        CliTest.Run decided = cli.run("comments", "decide", "1", "2", "--status", "approved", "--db", laptop);
        assertEquals(0, decided.code(), decided.err());
        assertEquals("2 comments are approved now.", decided.out().strip());
        CliTest.Run unknown = cli.run("comments", "decide", "3", "--status", "published", "--db", laptop);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("--status: unknown comment status \"published\""), unknown.err());

        CliTest.Run back = cli.run("offline", "return", "--db", laptop, "--json");
        assertEquals(0, back.code(), back.err());
        assertEquals("{\"articles\":{\"saved\":1,\"conflicts\":0,\"new\":0,\"unchanged\":0,\"refused\":0},"
                + "\"decisions\":{\"saved\":2,\"lost\":0},\"replies\":0}", back.out().strip());
        CliTest.Run again = cli.run("offline", "return", "--db", laptop);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("Nothing to bring back: 0 saved"), again.out());
        // Article 1 is published: the offline text waits for Update, as any edit to a published article does.
        for (JsonNode article : new ObjectMapper().readTree(cli.run("articles", "--db", newsroom, "--json").out())) {
            if (article.get("id").asInt() == 1) {
                assertTrue(article.path("changesPending").asBoolean(), article.toString());
                assertTrue(article.path("offlineWith").isMissingNode(), "back: no longer offline");
            }
        }
    }

    @Test
    void aFailedTakingLeavesNoFileAndAFileWithoutACopyHasNothingToReturn() {
        String newsroom = dir.resolve("newsroom.db").toString();
        assertEquals(0, cli.run("demo", "--db", newsroom, "--articles", "2", "--comments", "0", "--subscribers", "0")
                .code());
        Path laptop = dir.resolve("laptop.db");
        CliTest.Run missing = cli.run("offline", "take", "--db", laptop.toString(), "--from", newsroom, "--article",
                "no-such-slug");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("--article: no article \"no-such-slug\""), missing.err());
        assertFalse(Files.exists(laptop), "a taking that did not happen leaves no file behind");
        CliTest.Run nothing = cli.run("offline", "return", "--db", newsroom);
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().contains("holds no offline copy"), nothing.err());
        CliTest.Run itself = cli.run("offline", "take", "--db", newsroom, "--from", newsroom, "--article", "1");
        assertEquals(1, itself.code());
        assertTrue(itself.err().contains("are the same file"), itself.err());
    }
}
