package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.service.site.RealWordPress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site commands as a script runs them (issue 19), against a real WordPress. */
class SiteCliTest {
    @TempDir Path dir;
    private final CliTest cli = new CliTest();
    private RealWordPress wordpress;
    private String newsroom;
    private Map<String, String> env;

    @BeforeEach
    void setUp() {
        wordpress = RealWordPress.start();
        newsroom = dir.resolve("newsroom.db").toString();
        env = Map.of("NEWSDESK_SITE_PASSWORD", wordpress.password);
        assertEquals(0, cli.run("demo", "--db", newsroom, "--articles", "3", "--comments", "0", "--subscribers", "0")
                .code());
    }

    @AfterEach
    void tearDown() {
        wordpress.close();
    }

    @Test
    void addSyncPublishAndPullAsAScriptDoes() throws Exception {
        CliTest.Run added = cli.runWith(env, "site", "add", "--db", newsroom, "--name", "Our site", "--wordpress",
                wordpress.url + "/", "--site-user", wordpress.user);
        assertEquals(0, added.code(), added.err());
        assertEquals("[{\"name\":\"Our site\",\"wordpress\":\"" + wordpress.url + "\",\"user\":\"admin\","
                + "\"pulledTo\":0,\"lastSync\":null,\"lastProblem\":\"\"}]",
                cli.run("site", "list", "--db", newsroom, "--json").out().strip());

        wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Held", "0");
        CliTest.Run synced = cli.runWith(env, "site", "sync", "--db", newsroom, "--json");
        assertEquals(0, synced.code(), synced.err());
        assertEquals("{\"pulled\":2,\"pushed\":0,\"conflicts\":0,\"waiting\":0}", synced.out().strip());

        CliTest.Run published = cli.runWith(env, "site", "publish", "1", "--db", newsroom, "--status", "draft",
                "--json");
        assertEquals(0, published.code(), published.err());
        assertTrue(published.out().matches("\\{\"postId\":\\d+,\"url\":\"http://127\\.0\\.0\\.1:\\d+/\\?p=\\d+\","
                + "\"status\":\"draft\"}\\s*"), published.out());

        CliTest.Run pulled = cli.runWith(env, "site", "pull-post", "1", "--db", newsroom);
        assertEquals(0, pulled.code(), pulled.err());
        assertTrue(pulled.out().contains("Hello world!"), pulled.out());
        String audit = cli.run("audit", "--db", newsroom).out();
        for (String action : new String[] {"site.add", "site.sync", "site.publish", "site.pull-post"}) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
        // Every command closed the file (its log folded in): the application password is nowhere in it.
        assertTrue(!Files.readString(Path.of(newsroom), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(wordpress.password), "the password is nowhere in the newsroom");
    }

    @Test
    void badInputIsOneLineAndChangesNothing() {
        CliTest.Run plain = cli.runWith(env, "site", "add", "--db", newsroom, "--name", "X", "--wordpress",
                "http://example.org", "--site-user", "a");
        assertEquals(1, plain.code());
        assertTrue(plain.err().contains("is plain http: the site's password would cross the network readable"),
                plain.err());
        CliTest.Run noPassword = cli.run("site", "add", "--db", newsroom, "--name", "X", "--wordpress",
                wordpress.url, "--site-user", "admin");
        assertEquals(1, noPassword.code());
        assertTrue(noPassword.err().contains("NEWSDESK_SITE_PASSWORD: the site's application password is missing"),
                noPassword.err());
        CliTest.Run none = cli.runWith(env, "site", "sync", "--db", newsroom);
        assertEquals(1, none.code());
        assertTrue(none.err().contains("The newsroom has no site yet"), none.err());
        assertEquals(0, cli.runWith(env, "site", "add", "--db", newsroom, "--name", "Our site", "--wordpress",
                wordpress.url, "--site-user", "admin").code());
        CliTest.Run wrong = cli.runWith(Map.of("NEWSDESK_SITE_PASSWORD", "nope"), "site", "sync", "--db", newsroom,
                "--json");
        assertEquals(1, wrong.code());
        assertEquals("{\"pulled\":0,\"pushed\":0,\"conflicts\":0,\"waiting\":0}", wrong.out().strip());
        assertTrue(wrong.err().contains("stopped: the site refused the sign-in"), wrong.err());
        assertTrue(!wrong.err().contains("Exception") && !wrong.err().contains("rest_"), wrong.err());
        CliTest.Run unknown = cli.runWith(env, "site", "frob", "--db", newsroom);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("\"frob\" is not one of add, list, remove, sync, publish, pull-post"),
                unknown.err());
    }
}
