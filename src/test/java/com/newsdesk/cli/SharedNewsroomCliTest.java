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

    @Test
    void eachStaffMemberRunsCommandsAsTheirOwnServerLogin() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String boss = "boss_" + run;
        String writer = "ines_" + run;
        NewsroomAddress.Server server = TestServer.emptyDatabase("cli_roles");
        NewsroomAddress.Server restoredServer = null;
        String owner = url(server);
        Map<String, String> asOwner = Map.of("PGPASSWORD", System.getenv().getOrDefault("PGPASSWORD", ""),
                "NEWSDESK_PASSWORD", "the boss's password");
        Map<String, String> asBoss = Map.of("PGPASSWORD", "the boss's password",
                "NEWSDESK_NEW_PASSWORD", "the writer's password");
        Map<String, String> asWriter = Map.of("PGPASSWORD", "the writer's password");
        try {
            CliRun.Result init = CliRun.run(asOwner, "init", "--db", owner, "--admin", boss);
            assertEquals(0, init.code(), init.toString());
            assertTrue(init.out().contains("Staff now connect as their own server login: --db "
                    + url(server.withUser(boss))), init.out());
            String bossSeat = url(server.withUser(boss));
            assertEquals(0, CliRun.run(asBoss, "demo", "--db", bossSeat, "--articles", "4", "--comments", "20",
                    "--subscribers", "15").code());
            CliRun.Result added = CliRun.run(asBoss, "staff", "add", "--db", bossSeat, writer, "--role", "writer");
            assertEquals(0, added.code(), added.toString());
            assertTrue(added.out().contains("They connect as the server login " + writer), added.out());

            String writerSeat = url(server.withUser(writer));
            CliRun.Result stats = CliRun.run(asWriter, "stats", "--db", writerSeat);
            assertEquals(0, stats.code(), stats.toString());
            CliRun.Result subscribers = CliRun.run(asWriter, "export-subscribers", "--format", "csv", "--db", writerSeat, "--out",
                    dir.resolve("leak.csv").toString());
            assertEquals(1, subscribers.code());
            assertTrue(subscribers.message().contains("may not see or change subscribers"), subscribers.message());
            assertTrue(!Files.exists(dir.resolve("leak.csv")));
            CliRun.Result posing = CliRun.run(asWriter, "export-subscribers", "--format", "csv", "--db", writerSeat, "--user", boss,
                    "--out", dir.resolve("leak.csv").toString());
            assertEquals(1, posing.code());
            assertTrue(posing.message().contains("you are the login you connect as"), posing.message());
            CliRun.Result ownerSeat = CliRun.run(asOwner, "export-subscribers", "--format", "csv", "--db", owner, "--out",
                    dir.resolve("leak.csv").toString());
            assertEquals(1, ownerSeat.code());
            assertTrue(ownerSeat.message().contains("has no staff account in this newsroom"), ownerSeat.message());

            // An Admin's login backs up the whole newsroom (pg_dump through the policies); a restore elsewhere makes
            // that database's groups, and the same logins work there at once.
            Path dump = dir.resolve("roles.dump");
            CliRun.Result backup = CliRun.run(asBoss, "backup", "--db", bossSeat, "--out", dump.toString());
            assertEquals(0, backup.code(), backup.toString());
            restoredServer = TestServer.emptyDatabase("cli_roles_restored");
            CliRun.Result restore = CliRun.run(asOwner, "restore", "--db", url(restoredServer), dump.toString());
            assertEquals(0, restore.code(), restore.toString());
            CliRun.Result there = CliRun.run(asWriter, "stats", "--db", url(restoredServer.withUser(writer)));
            assertEquals(0, there.code(), there.toString());
            assertTrue(there.out().matches("(?s)articles +4\\b.*"), there.out());

            CliRun.Result deactivated = CliRun.run(asBoss, "staff", "deactivate", "--db", bossSeat, writer);
            assertEquals(0, deactivated.code(), deactivated.toString());
            assertTrue(deactivated.out().contains("The server no longer lets the login " + writer + " into this"
                    + " newsroom"), deactivated.out());
            CliRun.Result shutOut = CliRun.run(asWriter, "stats", "--db", writerSeat);
            assertEquals(1, shutOut.code());
            assertTrue(shutOut.message().contains("does not let this login into the newsroom"), shutOut.message());
        } finally {
            TestServer.drop(server);
            if (restoredServer != null) {
                TestServer.drop(restoredServer);
            }
            TestServer.dropLogins(boss, writer);
        }
    }

    private static String withoutExportTime(String json) {
        return json.replaceFirst("\"exportedAt\" *: *\"[^\"]*\"", "");
    }
}
