package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff on the command line: --user, refusals with exit 1 that write nothing, and the audit trail. */
class StaffCliTest {
    private static final String ADMIN_PASSWORD = "ink and paper 1851";
    private static final String WRITER_PASSWORD = "a writer's password";
    @TempDir Path dir;
    private final CliTest cli = new CliTest();
    private String db;

    @BeforeEach
    void newsroomWithStaff() {
        db = dir.resolve("n.db").toString();
        assertEquals(0, cli.run("demo", "--db", db, "--articles", "3", "--comments", "5", "--subscribers", "7").code());
        CliTest.Run init = cli.runWith(Map.of("NEWSDESK_PASSWORD", ADMIN_PASSWORD), "init", "--db", db, "--admin", "amina");
        assertEquals(0, init.code(), init.err());
        CliTest.Run added = cli.runWith(Map.of("NEWSDESK_PASSWORD", ADMIN_PASSWORD, "NEWSDESK_NEW_PASSWORD", WRITER_PASSWORD),
                "staff", "add", "julien", "--role", "writer", "--db", db, "--user", "amina");
        assertEquals(0, added.code(), added.err());
    }

    @Test
    void commandsThatReadPersonalDataOrWriteNeedAUserOnceThereIsStaff() {
        CliTest.Run anonymous = cli.run("export", "--db", db, "--out", "-");
        assertEquals(1, anonymous.code());
        assertTrue(anonymous.err().startsWith("newsdesk: This newsroom has staff accounts: name yours with --user"));
        assertEquals(0, cli.run("stats", "--db", db).code(), "counts are not personal data");
    }

    @Test
    void aWriterCannotExportSubscribersFromTheCommandLine() {
        Path out = dir.resolve("subscribers.json");
        CliTest.Run refused = cli.runWith(Map.of("NEWSDESK_PASSWORD", WRITER_PASSWORD), "export", "--db", db,
                "--only", "subscribers", "--out", out.toString(), "--user", "julien");
        assertEquals(1, refused.code());
        assertEquals("newsdesk: julien is a writer, and a writer may not see or change subscribers.\n", refused.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aWrongPasswordGetsNothingAndChangesNothing() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"format\":\"newsdesk\",\"version\":1,\"subscribers\":[{\"id\":99,\"email\":"
                + "\"new@example.org\",\"status\":\"subscribed\",\"createdAt\":\"2026-01-01T00:00:00Z\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}]}");
        String before = cli.run("stats", "--db", db).out();
        CliTest.Run wrong = cli.runWith(Map.of("NEWSDESK_PASSWORD", "not the password"), "import", "--db", db,
                file.toString(), "--merge", "--user", "amina");
        assertEquals(1, wrong.code());
        assertEquals("newsdesk: Wrong username or password.\n", wrong.err());
        assertEquals(before, cli.run("stats", "--db", db).out());
        CliTest.Run right = cli.runWith(Map.of("NEWSDESK_PASSWORD", ADMIN_PASSWORD), "import", "--db", db,
                file.toString(), "--merge", "--user", "amina");
        assertEquals(0, right.code(), right.err());
    }

    @Test
    void staffListResetDeactivateAndTheAuditTrail() {
        Map<String, String> admin = Map.of("NEWSDESK_PASSWORD", ADMIN_PASSWORD, "NEWSDESK_NEW_PASSWORD", "a fresh password");
        CliTest.Run list = cli.runWith(admin, "staff", "list", "--db", db, "--user", "amina");
        assertTrue(list.out().contains("julien") && list.out().contains("writer"), list.out());
        assertEquals(0, cli.runWith(admin, "staff", "reset-password", "julien", "--db", db, "--user", "amina").code());
        assertEquals(0, cli.runWith(admin, "staff", "deactivate", "julien", "--db", db, "--user", "amina").code());
        CliTest.Run julien = cli.runWith(Map.of("NEWSDESK_PASSWORD", "a fresh password"), "audit", "--db", db,
                "--user", "julien");
        assertEquals(1, julien.code());
        assertEquals("newsdesk: The account julien is deactivated.\n", julien.err());

        CliTest.Run trail = cli.runWith(admin, "audit", "--db", db, "--user", "amina", "--actor", "amina");
        assertEquals(0, trail.code(), trail.err());
        for (String action : new String[] {"staff.create", "staff.reset-password", "staff.deactivate", "sign-in"}) {
            assertTrue(trail.out().contains(action), action + " in\n" + trail.out());
        }
        CliTest.Run json = cli.runWith(admin, "audit", "--db", db, "--user", "amina", "--json", "--since", "2026-11-29");
        assertTrue(json.stdoutText().startsWith("{\"format\":\"newsdesk-audit\",\"version\":1,"), json.stdoutText());
        assertFalse(json.stdoutText().contains(ADMIN_PASSWORD));
    }

    @Test
    void nonAdminsCannotManageStaff() {
        CliTest.Run refused = cli.runWith(Map.of("NEWSDESK_PASSWORD", WRITER_PASSWORD, "NEWSDESK_NEW_PASSWORD",
                "whatever password"), "staff", "add", "mallory", "--role", "admin", "--db", db, "--user", "julien");
        assertEquals(1, refused.code());
        assertEquals("newsdesk: julien is a writer, and a writer may not manage staff accounts.\n", refused.err());
    }
}
