package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.service.TestServer;
import com.newsdesk.storage.NewsroomAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a shared newsroom (issue 15): {@code --db postgresql://…}, the password from PGPASSWORD. */
class SharedNewsroomCliTest {
    @TempDir Path dir;

    @BeforeEach
    void needsTheServer() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestServer.active(), "no PostgreSQL server named");
    }

    private static String url(NewsroomAddress.Server server) {
        return "postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?user=" + server.user();
    }

    @Test
    void aNewsroomMadeOnTheServerExportsWhatAFileExportsAndTakesItBack() throws Exception {
        Map<String, String> env = Map.of("PGPASSWORD", System.getenv().getOrDefault("PGPASSWORD", ""));
        String shared = url(TestServer.emptyDatabase("cli"));
        CliRun.Result init = CliRun.run(env, "init", "--db", shared);
        assertEquals(0, init.code(), init.toString());
        assertTrue(init.out().contains("Newsroom ready at postgresql://"), init.out());
        assertEquals(0, CliRun.run(env, "demo", "--db", shared, "--articles", "5", "--comments", "60",
                "--subscribers", "40").code());
        CliRun.Result stats = CliRun.run(env, "stats", "--db", shared);
        assertEquals(0, stats.code(), stats.toString());

        Path export = dir.resolve("shared.json");
        assertEquals(0, CliRun.run(env, "export", "--db", shared, "--out", export.toString()).code());
        Path file = dir.resolve("copy.db");
        CliRun.Result imported = CliRun.run(env, "import", "--db", file.toString(), export.toString());
        assertEquals(0, imported.code(), imported.toString());
        Path again = dir.resolve("again.json");
        assertEquals(0, CliRun.run(env, "export", "--db", file.toString(), "--out", again.toString()).code());
        assertEquals(withoutExportTime(Files.readString(export)), withoutExportTime(Files.readString(again)),
                "the server's newsroom and the file made from it export alike");

        String back = url(TestServer.emptyDatabase("cli_back"));
        assertEquals(0, CliRun.run(env, "init", "--db", back).code());
        CliRun.Result intoServer = CliRun.run(env, "import", "--db", back, again.toString());
        assertEquals(0, intoServer.code(), intoServer.toString());
        Path third = dir.resolve("third.json");
        assertEquals(0, CliRun.run(env, "export", "--db", back, "--out", third.toString()).code());
        assertEquals(withoutExportTime(Files.readString(again)), withoutExportTime(Files.readString(third)),
                "and back onto the server, unchanged");

        // copy: the server's newsroom into a new file, that file onto another server database, both checked
        Path copied = dir.resolve("copied.db");
        CliRun.Result toFile = CliRun.run(env, "copy", "--from", shared, "--to", copied.toString());
        assertEquals(0, toFile.code(), toFile.toString());
        assertTrue(toFile.out().contains("both newsrooms export the same JSON"), toFile.out());
        String onto = url(TestServer.emptyDatabase("cli_copy"));
        CliRun.Result toServer = CliRun.run(env, "copy", "--from", copied.toString(), "--to", onto);
        assertEquals(0, toServer.code(), toServer.toString());
        Path fourth = dir.resolve("fourth.json");
        assertEquals(0, CliRun.run(env, "export", "--db", onto, "--out", fourth.toString()).code());
        assertEquals(withoutExportTime(Files.readString(export)), withoutExportTime(Files.readString(fourth)));
        Path notMade = dir.resolve("not-made.db");
        CliRun.Result intoItself = CliRun.run(env, "copy", "--from", shared, "--to", onto);
        assertEquals(1, intoItself.code());
        assertTrue(intoItself.message().contains("a copy goes only into an empty newsroom"), intoItself.message());
        CliRun.Result noSource = CliRun.run(env, "copy", "--from", dir.resolve("missing.db").toString(), "--to",
                notMade.toString());
        assertEquals(1, noSource.code());
        assertTrue(!Files.exists(notMade), "a refused copy leaves no file behind");

        // backups with PostgreSQL's own tools: pg_dump out, pg_restore into an empty database only
        Path dump = dir.resolve("shared.dump");
        CliRun.Result backup = CliRun.run(env, "backup", "--db", shared, "--out", dump.toString());
        assertEquals(0, backup.code(), backup.toString());
        assertTrue(new String(Files.readAllBytes(dump), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("PGDMP"), "pg_dump's custom format");
        String restoredInto = url(TestServer.emptyDatabase("cli_restore"));
        CliRun.Result restore = CliRun.run(env, "restore", "--db", restoredInto, dump.toString());
        assertEquals(0, restore.code(), restore.toString());
        assertTrue(restore.out().contains("5 articles, 60 comments, 40 subscribers"), restore.out());
        Path fifth = dir.resolve("fifth.json");
        assertEquals(0, CliRun.run(env, "export", "--db", restoredInto, "--out", fifth.toString()).code());
        assertEquals(withoutExportTime(Files.readString(export)), withoutExportTime(Files.readString(fifth)));
        CliRun.Result overwrite = CliRun.run(env, "restore", "--db", restoredInto, dump.toString());
        assertEquals(1, overwrite.code());
        assertTrue(overwrite.message().contains("is restored only into an empty database"), overwrite.message());
        CliRun.Result notADump = CliRun.run(env, "restore", "--db", url(TestServer.emptyDatabase("cli_nodump")),
                export.toString());
        assertEquals(1, notADump.code());
        assertTrue(notADump.message().contains("is not a pg_dump archive"), notADump.message());

        CliRun.Result refused = CliRun.run(Map.of("PGPASSWORD", "wrong"), "stats", "--db", shared);
        assertEquals(1, refused.code());
        assertTrue(refused.message().contains("refused the sign-in") && !refused.message().contains("\n"),
                refused.message());
        CliRun.Result withPassword = CliRun.run(env, "stats", "--db", shared.replace("?user=", "?password=x&user="));
        assertEquals(1, withPassword.code());
        assertTrue(withPassword.message().contains("never from the command line"), withPassword.message());
    }

    private static String withoutExportTime(String json) {
        return json.replaceFirst("\"exportedAt\" *: *\"[^\"]*\"", "");
    }
}
